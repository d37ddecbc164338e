#pragma once

#include "reviewstate.h"

#include "export/nludata.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

//! What the inbox keeps in a session file (SessionDocument::inbox()):
//! one annotator's review state per tracker store (without a shared
//! PostgreSQL database) and the NLU inbox's decisions: accepted examples
//! (they go to the NLU export) and dismissed texts.
struct SessionInboxState
{
    //! store identity → sender id → review (no claims: one annotator).
    QHash<QString, QHash<QString, ConversationReview>> reviews;
    QList<TrainingExample> acceptedExamples;
    QStringList dismissedTexts;

    static SessionInboxState fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    //! Replaces the accepted example with this text, or adds it.
    void accept(const TrainingExample &example);
    void dismiss(const QString &text);
};

} // namespace Coach
