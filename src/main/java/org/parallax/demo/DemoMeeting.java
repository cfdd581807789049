package org.parallax.demo;

/** The demo's meeting as people (and tests of what a newcomer sees) find it: by its title. */
public final class DemoMeeting {

    public static final String TITLE = "First DPRK–US high-level talks";

    private DemoMeeting() {}
}
