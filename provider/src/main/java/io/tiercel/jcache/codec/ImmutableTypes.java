package io.tiercel.jcache.codec;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Knows which classes are immutable, so store-by-value can skip copying them.
 *
 * <ul>
 *   <li>Strings, boxed primitives, big numbers, {@code java.time} values and a few other JDK
 *       value types;</li>
 *   <li>enums;</li>
 *   <li>records whose components are all of immutable types (checked once per record class).</li>
 * </ul>
 */
final class ImmutableTypes {
  private static final Set<Class<?>> JDK_VALUES = Set.of(
      String.class, Boolean.class, Byte.class, Short.class, Character.class, Integer.class,
      Long.class, Float.class, Double.class, BigInteger.class, BigDecimal.class, UUID.class,
      URI.class, Pattern.class, Locale.class, Currency.class, Class.class,
      Instant.class, LocalDate.class, LocalTime.class, LocalDateTime.class,
      OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class, Duration.class,
      Period.class, Year.class, YearMonth.class, MonthDay.class, ZoneOffset.class);

  private static final ClassValue<Boolean> IMMUTABLE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return classify(type, new HashSet<>());
    }
  };

  private ImmutableTypes() {}

  /** Returns whether instances of {@code type} can be shared instead of copied. */
  static boolean isImmutable(Class<?> type) {
    return IMMUTABLE.get(type);
  }

  /**
   * Classifies {@code type}; a record met again while its own components are being checked is
   * taken as immutable, since its fields are final and the rest of the check decides.
   */
  private static boolean classify(Class<?> type, Set<Class<?>> checking) {
    if (type.isPrimitive() || JDK_VALUES.contains(type) || type.isEnum()
        || (type.getSuperclass() != null && type.getSuperclass().isEnum())
        || ZoneId.class.isAssignableFrom(type) || Path.class.isAssignableFrom(type)
        || InetAddress.class.isAssignableFrom(type)) {
      return true;
    }
    if (type.isRecord()) {
      if (!checking.add(type)) {
        return true;
      }
      for (var component : type.getRecordComponents()) {
        Class<?> componentType = component.getType();
        boolean finalType = componentType.isPrimitive()
            || Modifier.isFinal(componentType.getModifiers());
        if (!finalType || !classify(componentType, checking)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
