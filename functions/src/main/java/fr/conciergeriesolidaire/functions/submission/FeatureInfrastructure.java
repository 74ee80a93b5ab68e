package fr.conciergeriesolidaire.functions.submission;

/**
 * What a form feature needs from outside the JVM: the parts every form shares, and its own store. Built on AWS in
 * production ({@code config.AwsFeature}), held in memory by handler tests.
 *
 * @param <S> the feature's store (orders, sign-ups)
 */
public interface FeatureInfrastructure<S> {
    FormInfrastructure form();

    S store();
}
