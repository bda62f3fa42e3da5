package io.tiercel.examples.hibernate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** Reference data: rarely changed, so its region (named after the class) is a static one. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Country {
  @Id
  private String code;

  private String name;

  /** Cached in its own region, named after the role: {@code ...Country.customers}. */
  @OneToMany(mappedBy = "country")
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  private Set<Customer> customers = new HashSet<>();

  protected Country() {}

  Country(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Set<Customer> getCustomers() {
    return customers;
  }
}
