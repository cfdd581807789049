-- Every change to a meeting's content writes an audit row; on commit, tell every app instance
-- listening on 'parallax_changes' which meeting changed, so open screens update live.
CREATE FUNCTION notify_meeting_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('parallax_changes', NEW.meeting_id::text);
    RETURN NULL;
END $$;

CREATE TRIGGER audit_event_notify AFTER INSERT ON audit_event
    FOR EACH ROW WHEN (NEW.meeting_id IS NOT NULL) EXECUTE FUNCTION notify_meeting_change();
