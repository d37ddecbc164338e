#pragma once

#include "model/entity.h"
#include "model/parsedata.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The questions InteractiveSession asks the annotator. Each carries
// everything a dialog needs, so the UI never has to look at events.

namespace Coach {

//! "Is this NLU result right?" after a typed message (spec §5.5).
struct NluQuestion
{
    int userEventIndex = -1; //!< index of the user event in the conversation's events
    QString text; //!< the message as typed
    QString annotatedText; //!< Rasa's training-data form: `fly to [Berlin](city)`
    QString intent; //!< predicted intent; empty when NLU returned none
    double confidence = 0.0;
    //! Every candidate intent: the NLU ranking plus each domain intent (and
    //! each intent created in this session) missing from it at 0.0, sorted by
    //! (-confidence, name) as Rasa's intent menu.
    QList<IntentScore> ranking;
    QList<Entity> entities; //!< as the NLU pipeline returned them
    bool fromIntentSyntax = false; //!< text starts with `/` (regex parser, no NLU)
    //! The intent is one the domain (or this session) knows. False for
    //! `/unknown` syntax, which Rasa sends straight to the correction menu.
    bool intentKnown = true;

    //! Rasa's wording of the question, translated.
    QString questionText() const;
};

//! One row of the action menu: a prediction or an action created earlier.
struct ActionChoice
{
    QString name;
    double score = 0.0; //!< 0 for session-created actions
    bool sessionCreated = false;
};

//! "The bot wants to run X, correct?" (spec §5.6, §5.6.1).
struct ActionQuestion
{
    QString action; //!< the predicted action (highest score)
    QString policy; //!< may be empty (Rasa sends null)
    std::optional<double> confidence;
    //! Every action the server scored, in server order (score desc, name asc).
    QList<ActionChoice> predictions;
    //! Actions created earlier in this session that the domain does not know,
    //! sorted by name (Rasa offers them above the predictions).
    QStringList sessionCreatedActions;
    //! The prediction is action_unlikely_intent (UnexpecTEDIntentPolicy).
    bool isUnlikelyIntent = false;

    QString questionText() const;
};

//! "Should the form validate user input?" after a rejected form returns
//! (spec §5.6 step 6).
struct FormValidationQuestion
{
    QString action; //!< the form (active loop) name
    //! Value of the `requested_slot` slot: the slot the form asks for
    //! (empty when none is requested).
    QString requestedSlot;
    //! The tracker says the loop is interrupted, so answering "yes" contradicts
    //! the training stories; Rasa shows an error text in that case.
    bool contradictsTraining = false;

    QString questionText() const;
};

//! A button of a bot message. The payload is kept as sent; labels are never
//! parsed back into payloads (spec §5.7, §8).
struct BotButton
{
    QString title;
    QString payload;
    QJsonObject extra; //!< every key besides title and payload

    //! `1: yes (/yes) - {"extra": "x"}` as Rasa prints it (index is 1-based).
    QString label(int index) const;
};

//! Buttons of the last bot message of a finished bot turn (spec §5.7).
struct ButtonQuestion
{
    int botEventIndex = -1;
    QString text; //!< the bot message text (the question)
    QList<BotButton> buttons;
};

//! "The file and the server disagree about this conversation: which one
//! wins?" when resuming a conversation whose server events are not the
//! document's (changes discarded at quit, someone else used the id).
struct ResumeQuestion
{
    QString conversationId;
    int fileEventCount = 0;
    int serverEventCount = 0;
    //! The server has every event of the file and more after them;
    //! otherwise its events differ from the file's.
    bool serverContinuesFile = false;
    QString fileLastMessage; //!< the last user message of each side
    QString serverLastMessage;

    QString questionText() const;
};

//! A user message the conversation can be forked before (spec §5.11).
struct ForkPoint
{
    int eventIndex = -1;
    QString text;
};

} // namespace Coach

Q_DECLARE_METATYPE(Coach::NluQuestion)
Q_DECLARE_METATYPE(Coach::ActionQuestion)
Q_DECLARE_METATYPE(Coach::FormValidationQuestion)
Q_DECLARE_METATYPE(Coach::ButtonQuestion)
Q_DECLARE_METATYPE(Coach::ResumeQuestion)
