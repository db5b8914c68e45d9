package org.annalist.model.layer;

/** TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
