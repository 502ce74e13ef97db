package org.civicdata.tracker.event;

/** How a source hedges a figure ("over 200", "around 100", "nearly 11 million"); none means as stated. */
public enum FigureQualifier {
    MORE_THAN, ABOUT, NEARLY, LESS_THAN
}
