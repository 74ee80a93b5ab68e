package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SecretToken;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.access.SessionPolicy;
import fr.conciergeriesolidaire.functions.access.Sessions;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.functions.testing.InMemoryAccessTokens;
import fr.conciergeriesolidaire.functions.testing.InMemoryAuditTrail;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.functions.testing.RecordingMailer;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The back-office on in-memory parts, for handler tests: events in, answers out, what was stored and sent. Storage
 * itself is tested against dynalite in BackOfficeIT.
 */
final class InMemoryBackOffice {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String ADMIN_EMAIL = "premiere.admin@exemple.fr";

    final MutableClock clock = new MutableClock(START);
    final InMemoryMembers members = new InMemoryMembers();
    final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemorySignInRequests requests = new InMemorySignInRequests();
    final RecordingMailer mailer = new RecordingMailer();
    final RecordingLimiter perClient = new RecordingLimiter(SignInService.PER_CLIENT);
    final RecordingLimiter perAddress = new RecordingLimiter(SignInService.PER_ADDRESS);
    final MemberAddresses addresses = new MemberAddresses(TestParts.HASH);
    final SecretTokens secrets = new SecretTokens(TestParts.HASH);
    final Sessions sessions = new Sessions(tokens, secrets, SessionPolicy.standard());
    final SignInLinks links = new SignInLinks(tokens, secrets, members, sessions);
    final FormGuard guard = new FormGuard(new SiteOrigin(OriginGate.open()));
    final CounterNames counters = new CounterNames(PackagedSiteData.data());

    SignInRequestHandler signInRequestHandler() {
        return new SignInRequestHandler(
                new SignInService(perClient, perAddress, requests, clock), guard, ClientAddress.sourceOnly(), pages());
    }

    SignInLinkSender sender() {
        return new SignInLinkSender(
                requests,
                members,
                addresses,
                new FirstAdmin(Optional.of(ADMIN_EMAIL), members),
                links,
                new SignInEmails(PackagedSiteData.data().organisation(), Templates.packaged()),
                mailer,
                clock);
    }

    SignInMailHandler mailHandler() {
        return new SignInMailHandler(sender());
    }

    SignInLinkHandler linkHandler() {
        return new SignInLinkHandler(links, guard, OriginGate.open(), pages(), clock);
    }

    SessionAuthorizerHandler authorizerHandler() {
        return new SessionAuthorizerHandler(new SessionAuthorizer(sessions, members, clock));
    }

    MembersHandler membersHandler() {
        return new MembersHandler(
                new MemberService(
                        members, new MemberValidator(PackagedSiteData.data()), addresses, sessions, audit, clock),
                new MemberPages(Screens.packaged(), counters, new Moments(ZoneId.of("Europe/Paris"))),
                guard,
                OriginGate.open());
    }

    SignOutHandler signOutHandler() {
        return new SignOutHandler(tokens, guard, OriginGate.open());
    }

    DashboardHandler dashboardHandler() {
        return new DashboardHandler(pages(), OriginGate.open());
    }

    BackOfficePages pages() {
        return new BackOfficePages(Screens.packaged(), counters);
    }

    /** A member stored as an admin would add them. */
    Member member(String name, String email, Role role, String... counters) {
        String normalised = MemberAddresses.normalise(email).orElseThrow();
        Member member = new Member(
                UUID.randomUUID().toString(),
                normalised,
                addresses.hash(normalised),
                name,
                role,
                List.of(counters),
                1,
                clock.instant(),
                Optional.empty());
        members.add(member);
        return member;
    }

    /** A sign-in link's token for the member, as the e-mail would carry it. */
    String linkFor(Member member) {
        SecretToken token = links.issue(member, clock.instant());
        return token.value();
    }

    /** The member signed in now: their session as the authorizer passes it on, and its cookie. */
    SignedIn signIn(Member member) {
        Sessions.Opened opened = sessions.open(member.memberId(), clock.instant());
        return new SignedIn(
                opened.cookieValue(),
                new SignedInMember(
                        member.memberId(),
                        member.name(),
                        member.role(),
                        member.counters(),
                        opened.session().hash(),
                        opened.session().csrfToken()));
    }

    record SignedIn(String cookie, SignedInMember member) {}
}
