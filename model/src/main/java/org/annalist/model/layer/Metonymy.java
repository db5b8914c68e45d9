package org.annalist.model.layer;

/**
 * Whether a place or building name stands for the people who act from it.
 * {@code Tokyo … beseech Berlin}: both cities are their governments; {@code wrote to
 * Lubyanka}: the building is its agency.
 */
public enum Metonymy {
    /** the name means the place or building itself */
    NONE,
    /** a city or country standing for its government */
    GOVERNMENT,
    /** a building standing for the institution housed there */
    INSTITUTION
}
