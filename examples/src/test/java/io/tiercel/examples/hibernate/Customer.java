package io.tiercel.examples.hibernate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A customer: changed more often than countries, so its region has a preset of its own. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Customer {
  @Id
  private Long id;

  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  private Country country;

  protected Customer() {}

  Customer(Long id, String name, Country country) {
    this.id = id;
    this.name = name;
    this.country = country;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Country getCountry() {
    return country;
  }
}
