package org.charter.core.act;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A component that names something another act defines, so a scenario loader can check the name exists. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
public @interface Ref {
  /** What kind of thing is named. */
  RefKind value();

  /** The kinds of named things. */
  enum RefKind {
    PERSON,
    ENTITY,
    BODY,
    MEETING,
    RESOLUTION,
    PETITION,
    /** A person or an entity: holders and controllers can be either. */
    PARTY
  }
}
