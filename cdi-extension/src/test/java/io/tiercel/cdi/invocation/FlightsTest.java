package io.tiercel.cdi.invocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FlightsTest {
  private final Flights flights = new Flights();

  @Test
  void join_leaderLoadsTheSameKeyAgain_runsItRatherThanWaitingForItself() throws Exception {
    AtomicInteger loads = new AtomicInteger();

    Object value = flights.join("k", /* async= */ false, () -> {
      loads.incrementAndGet();
      return flights.join("k", /* async= */ false, () -> "inner " + loads.incrementAndGet());
    });

    assertThat(value).isEqualTo("inner 2");
  }

  @Test
  void join_afterAFlightLanded_startsANewOne() throws Exception {
    AtomicInteger loads = new AtomicInteger();

    flights.join("k", /* async= */ false, loads::incrementAndGet);
    Object second = flights.join("k", /* async= */ false, loads::incrementAndGet);

    assertThat(second).isEqualTo(2);
  }

  @Test
  void join_leaderFails_theFlightLandsAndTheNextCallLoadsAgain() throws Exception {
    assertThatThrownBy(() -> flights.join("k", /* async= */ false, () -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(flights.join("k", /* async= */ false, () -> "recovered")).isEqualTo("recovered");
  }

  @Test
  void join_asyncFlightPending_followersGetTheirOwnStageOfTheValue() throws Exception {
    CompletableFuture<Object> pending = new CompletableFuture<>();
    AtomicInteger loads = new AtomicInteger();

    Object leader = flights.join("k", /* async= */ true, () -> {
      loads.incrementAndGet();
      return pending;
    });
    Object follower = flights.join("k", /* async= */ true, () -> {
      loads.incrementAndGet();
      return pending;
    });
    pending.complete("value");

    assertThat(leader).isSameAs(pending);
    assertThat(follower).isNotSameAs(pending).isInstanceOfSatisfying(CompletableFuture.class,
        stage -> assertThat(stage).isCompletedWithValue("value"));
    assertThat(loads).hasValue(1);
  }
}
