package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.RetryPolicy;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.outbox.Sweeper;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.programme.RecordingPublication;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.functions.testing.InMemoryOutbox;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.functions.testing.RecordingMailer;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The residents' proposals on in-memory parts, for handler tests: the store (with DynamoDbProposalStore's rules, tested
 * against dynalite in ProgrammeIT), the outbox its replies go through, the mailer, the requests to publish.
 */
public final class InMemoryProposals implements ProposalStore {
    public static final Instant START = Instant.parse("2026-10-05T08:00:00Z");

    public final MutableClock clock;
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final RecordingMailer mailer = new RecordingMailer();
    public final RecordingPublication publication = new RecordingPublication();
    public final Map<String, String> emailHashes = new ConcurrentHashMap<>();
    private final Neighbourhoods neighbourhoods = new Neighbourhoods(PackagedSiteData.data());
    private final Map<String, StoredProposal> proposals = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    public InMemoryProposals() {
        this(new MutableClock(START));
    }

    public InMemoryProposals(MutableClock clock) {
        this.clock = clock;
    }

    ProposalService service() {
        return new ProposalService(
                new SpamGuard(Duration.ZERO),
                new ProposalValidator(PackagedSiteData.data()),
                TestParts.noRateLimit(),
                new IdempotencyKeys(TestParts.HASH),
                new EmailKeys(TestParts.HASH),
                this,
                publication,
                clock);
    }

    ProposalSubmissionHandler submissionHandler() {
        return new ProposalSubmissionHandler(service(), pages(), neighbourhoods, ClientAddress.sourceOnly());
    }

    ProposalConfirmationHandler confirmationHandler() {
        return new ProposalConfirmationHandler(this, pages(), OriginGate.open());
    }

    ProposalsHandler handler() {
        return new ProposalsHandler(
                new ProposalLife(this, neighbourhoods, notifier(), publication, clock),
                new ProposalScreens(Screens.packaged(), neighbourhoods, ZoneId.of("Europe/Paris")),
                new FormGuard(new SiteOrigin(OriginGate.open())),
                OriginGate.open());
    }

    /** What the events' screens use: a proposal turned into an event. */
    public ProposalEvents events() {
        return new ProposalEvents(this, neighbourhoods, clock);
    }

    Sweeper sweeper() {
        return new Sweeper(outbox, notifier(), clock, Sweeper.BUDGET);
    }

    private Notifier notifier() {
        return new Notifier(
                new StoredNotifications<>(
                        this,
                        new ProposalEmails(
                                PackagedSiteData.data().organisation(), neighbourhoods, Templates.packaged())),
                outbox,
                mailer,
                RetryPolicy.standard(),
                clock);
    }

    private ProposalPages pages() {
        return new ProposalPages(Templates.packaged(), neighbourhoods);
    }

    /** A proposal stored as a resident's form would, now; its reference. */
    public String propose(String neighbourhood, String idea, Optional<String> email) {
        ProposalRequest request = new ProposalRequest(
                neighbourhood,
                idea,
                Optional.of("Le samedi"),
                Optional.of(HelpOffer.YES),
                email.map(
                        address -> new ProposalContact(Optional.of("Camille"), Optional.of(address), Optional.empty())),
                Optional.empty());
        IdempotencyKey key = new IdempotencyKeys(TestParts.HASH).of("proposal", Optional.empty(), request.canonical());
        return place(request, email.flatMap(new EmailKeys(TestParts.HASH)::of), key, clock.instant())
                .proposal()
                .reference();
    }

    /** A member as the authorizer lets them through. */
    public static SignedInMember member(Role role, String... counters) {
        return new SignedInMember(
                "member-" + role.name().toLowerCase(java.util.Locale.ROOT),
                "Camille " + role.name().charAt(0) + role.name().substring(1).toLowerCase(java.util.Locale.ROOT),
                role,
                List.of(counters),
                "session-" + role.name(),
                "csrf-" + role.name());
    }

    public Map<String, StoredProposal> stored() {
        return Map.copyOf(proposals);
    }

    @Override
    public Optional<Placement> replay(IdempotencyKey key, Instant now) {
        String reference = References.candidate(key.value(), 0);
        String fingerprint = fingerprints.get(reference);
        if (fingerprint != null && !fingerprint.equals(key.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        return find(reference).map(proposal -> new Placement(proposal, false));
    }

    @Override
    public synchronized Placement place(
            ProposalRequest request, Optional<String> emailHash, IdempotencyKey key, Instant now) {
        String reference = References.candidate(key.value(), 0);
        String previous = fingerprints.putIfAbsent(reference, key.fingerprint());
        if (previous != null && !previous.equals(key.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        if (previous != null) {
            return new Placement(find(reference).orElseThrow(), false);
        }
        StoredProposal proposal = new StoredProposal(
                reference, now, request, ProposalStatus.NEW, 1, List.of(), Optional.empty(), Map.of(), false);
        proposals.put(reference, proposal);
        emailHash.ifPresent(hash -> emailHashes.put(reference, hash));
        return new Placement(proposal, true);
    }

    @Override
    public Optional<StoredProposal> find(String reference) {
        return Optional.ofNullable(proposals.get(reference)).map(this::withDeliveries);
    }

    @Override
    public List<StoredProposal> newestIn(String neighbourhood, int limit) {
        return proposals.values().stream()
                .filter(proposal -> proposal.neighbourhood().equals(neighbourhood))
                .sorted(Comparator.comparing(StoredProposal::submittedAt).reversed())
                .limit(limit)
                .map(this::withDeliveries)
                .toList();
    }

    @Override
    public synchronized StoredProposal answer(ProposalAnswer answer, Instant now) {
        StoredProposal proposal = proposals.get(answer.reference());
        if (proposal == null || proposal.version() != answer.seenVersion()) {
            throw new VersionConflictException();
        }
        List<ProposalReply> replies = new ArrayList<>(proposal.replies());
        replies.add(answer.reply());
        StoredProposal answered = new StoredProposal(
                proposal.reference(),
                proposal.submittedAt(),
                proposal.request(),
                answer.reply().status(),
                proposal.version() + 1,
                replies,
                proposal.eventSlug(),
                Map.of(),
                false);
        proposals.put(proposal.reference(), answered);
        answer.recipient().ifPresent(recipient -> outbox.addDelivery(proposal.reference(), recipient, now));
        return withDeliveries(answered);
    }

    @Override
    public synchronized boolean linkEvent(String reference, String eventSlug, String memberId, Instant now) {
        StoredProposal proposal = proposals.get(reference);
        if (proposal == null) {
            throw new NoSuchRecordException();
        }
        if (proposal.eventSlug().isPresent() && !proposal.eventSlug().get().equals(eventSlug)) {
            return false;
        }
        proposals.put(
                reference,
                new StoredProposal(
                        reference,
                        proposal.submittedAt(),
                        proposal.request(),
                        ProposalStatus.ACCEPTED,
                        proposal.version() + 1,
                        proposal.replies(),
                        Optional.of(eventSlug),
                        Map.of(),
                        false));
        return true;
    }

    @Override
    public List<StoredProposal> holding(String emailHash) {
        return emailHashes.entrySet().stream()
                .filter(entry -> entry.getValue().equals(emailHash))
                .map(entry -> find(entry.getKey()))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public synchronized boolean delete(String reference, String emailHash) {
        if (!emailHash.equals(emailHashes.get(reference))) {
            return false;
        }
        emailHashes.remove(reference);
        proposals.remove(reference);
        return true;
    }

    private StoredProposal withDeliveries(StoredProposal proposal) {
        return new StoredProposal(
                proposal.reference(),
                proposal.submittedAt(),
                proposal.request(),
                proposal.status(),
                proposal.version(),
                proposal.replies(),
                proposal.eventSlug(),
                outbox.deliveries(proposal.reference()),
                false);
    }
}
