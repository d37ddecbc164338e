#pragma once

#include "result.h"

#include "model/entity.h"
#include "model/parsedata.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

//! The rules of Rasa's NLU correction menu (spec §5.5), separate from the
//! engine so that they can be tested on their own.
class NluCorrection final
{
public:
    NluCorrection() = delete;

    //! The NLU ranking plus every known intent missing from it at 0.0,
    //! sorted by (-confidence, name) as Rasa's intent menu.
    static QList<IntentScore> fullRanking(const QList<IntentScore> &ranking,
                                          const QStringList &knownIntents);
    //! The intent object of a corrected message: the ranking entry (keeping
    //! keys such as `id`) or a new one, with confidence 1.0. A retrieval
    //! intent `faq/ask_name` is `{name: faq, full_retrieval_intent_name:
    //! faq/ask_name}`, as Rasa 3 writes it.
    static QJsonObject chosenIntent(const QString &name, const QList<IntentScore> &ranking);
    //! Intent, entity, action and response names: non-empty, no spaces and
    //! none of the characters Rasa's `/intent{...}@0.5` syntax uses.
    static bool isValidName(const QString &name);
    //! An intent name, or a retrieval intent `faq/ask_name`: two valid names
    //! joined by one `/` (Rasa's Message.separate_intent_response_key
    //! refuses more than one).
    static bool isValidIntentName(const QString &name);
    //! The response selector of a message corrected to `intent`: for a
    //! retrieval intent, its prediction names the chosen response key (so
    //! the bot's retrieval action answers with that response); otherwise
    //! unchanged.
    static QJsonObject responseSelectorFor(const QString &intent, const QJsonObject &selector);
    //! Checks annotator-marked entities against the message (spans in code
    //! points, inside the text, non-empty type) and fills a missing value
    //! with the covered text.
    static Result<QList<Entity>> checkedEntities(const QString &text,
                                                 const QList<Entity> &entities);
    //! Rasa's merge (spec §5.5.2 step 3): an edited entity that matches an
    //! original one keeps the original object (extractor, confidences).
    //! Deviation: matches compare role with role (Rasa: role with group,
    //! §9 #5) and also the span, so repeated values stay apart.
    static QList<Entity> merge(const QList<Entity> &edited, const QList<Entity> &original);
    //! Same entities, ignoring extraction details and order.
    static bool sameAnnotations(const QList<Entity> &a, const QList<Entity> &b);
};

} // namespace Coach
