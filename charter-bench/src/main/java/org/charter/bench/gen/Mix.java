package org.charter.bench.gen;

/**
 * How often each kind of episode happens in an entity's life, as relative weights, and the rates of the defects the
 * generator plants: special meetings where a director's notice came too late (their motions are void), and motions
 * whose tally is not on record (undetermined).
 */
public record Mix(
    int meeting,
    int writtenConsent,
    int directorResigns,
    int officerResigns,
    int petition,
    int capital,
    int statement,
    int personDescribed,
    double specialMeetingRate,
    double lateNoticeRate,
    double missingTallyRate) {

  /**
   * A board's working life: mostly meetings (a third of the acts are notices), some written consents, petitions,
   * statements and resignations, and a little money; 3% of special meetings miss a notice, 2% of motions lack a tally.
   */
  public static final Mix REALISTIC = new Mix(40, 10, 3, 2, 6, 2, 8, 4, 0.6, 0.03, 0.02);

  int total() {
    return meeting + writtenConsent + directorResigns + officerResigns + petition + capital + statement
        + personDescribed;
  }
}
