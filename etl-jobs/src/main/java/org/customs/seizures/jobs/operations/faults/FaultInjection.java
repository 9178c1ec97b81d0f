package org.customs.seizures.jobs.operations.faults;

import java.util.Optional;
import org.springframework.batch.core.listener.StepListener;

/**
 * For fault tests only: when the system property {@value #PROPERTY} names a class, an instance of
 * it (a Spring Batch {@link StepListener} with a public no-argument constructor) is added to
 * {@code loadReturnsStep}. The fault tests use it to halt the process at a chosen point of a
 * chosen return. Without the property (always, in production) nothing is added.
 */
public final class FaultInjection {

    public static final String PROPERTY = "seizures.fault-injection.step-listener";

    private FaultInjection() {
    }

    public static Optional<StepListener> stepListener() {
        String className = System.getProperty(PROPERTY);
        if (className == null || className.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of((StepListener) Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Cannot create the fault-injection listener " + className + ": " + e, e);
        }
    }
}
