package org.charter.core.act;

/** An act that changes governance state and so gets a verdict. */
public sealed interface BindingAct extends Act
    permits EntityOnRecord, ControlLinkSet, EconomicInterestSet, PersonDescribed, BodyEstablished,
        BylawsAdopted, BylawsAmended, DirectorElected, DirectorAppointed, VacancyFilled, DirectorRemoved,
        DirectorResigned, OfficerAppointed, OfficerRemoved, OfficerResigned, MeetingCalled, NoticeGiven,
        NoticeWaived, MeetingHeld, MotionVoted, WrittenConsentSigned, PetitionOpened, PetitionSigned,
        InterestClassDefined, InvestmentMade, InterestTransferred, WaterfallTermsSet, DistributionMade,
        AgreementSigned, ExceptionGranted, DeterminationMade, ComputePurchased, TechnologyUsed,
        ActRatified, CourtValidated, ActCorrected, ActRetracted {}
