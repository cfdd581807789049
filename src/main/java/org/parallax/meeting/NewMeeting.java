package org.parallax.meeting;

import java.time.LocalDate;

public record NewMeeting(String title, LocalDate startsOn, LocalDate endsOn, String location, String description) {}
