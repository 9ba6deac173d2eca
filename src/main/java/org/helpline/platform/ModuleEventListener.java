package org.helpline.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How every module listens to events: at once, on the publisher's thread and in its transaction,
 * which must exist. The listener's rows commit with the change that caused them or not at all, and
 * a statement that follows the publication sees them; a listener that fails fails the change. See
 * {@code docs/decisions/0007-module-events-in-the-publishers-transaction.md}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EventListener
@Transactional(propagation = Propagation.MANDATORY)
public @interface ModuleEventListener {

    /** A SpEL condition on the event (as {@code #root.event} or by the parameter's name) that must hold. */
    @AliasFor(annotation = EventListener.class, attribute = "condition")
    String condition() default "";
}
