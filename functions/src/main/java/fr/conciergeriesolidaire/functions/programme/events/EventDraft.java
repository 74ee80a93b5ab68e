package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import java.util.Map;
import java.util.Optional;

/**
 * An event form as sent, read into what the event's rules check: each field under its rules' name, the Markdown text,
 * and the problems found while reading (text the API refuses from every form: hidden characters...), which the rules'
 * own problems join so that the member sees them all at once.
 *
 * @param fields by {@code EventFields} name, cleaned; absent when not given
 * @param seenVersion the version the form was made on (0 for a new event)
 * @param proposal the proposal a new event is made from
 */
record EventDraft(
        Map<String, String> fields, String body, long seenVersion, Optional<String> proposal, FieldErrors errors) {}
