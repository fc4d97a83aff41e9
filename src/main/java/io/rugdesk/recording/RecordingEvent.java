package io.rugdesk.recording;

import io.rugdesk.event.Event;

/** Facts and commands of game recording (docs/recording-format.md); sealed beside its records (ADR 0001). */
public sealed interface RecordingEvent extends Event
        permits RecordingStarted, RecordingFinished, RecordingFailed, RecordingRefused, AutoRecordChanged,
                RequestStartRecording, RequestStopRecording, RequestAutoRecord {
}
