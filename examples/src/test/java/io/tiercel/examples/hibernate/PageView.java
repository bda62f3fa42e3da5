package io.tiercel.examples.hibernate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** An entity whose region, {@code page-views}, the configuration file does not name. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = PageView.REGION)
public class PageView {
  static final String REGION = "page-views";

  @Id
  private Long id;

  protected PageView() {}
}
