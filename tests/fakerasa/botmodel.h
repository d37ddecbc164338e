#pragma once

#include "actionrunner.h"
#include "apitypes.h"
#include "bot.h"
#include "dialoguepolicy.h"
#include "nluinterpreter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Coach::FakeRasa {

//! A bot "trained" for one Rasa version: its NLU, dialogue policy and
//! actions, ready to serve. Built again when the bot or version changes.
class BotModel
{
    Q_DISABLE_COPY_MOVE(BotModel)

public:
    BotModel(Bot bot, const RasaVersion &version);

    const Bot &bot() const { return m_bot; }
    const Domain &domain() const { return m_bot.domain; }
    const RasaVersion &version() const { return m_version; }

    //! parse_data of a user text: `/intent` syntax first, else the NLU.
    QJsonObject parse(const QString &text) const;
    Prediction predict(const Tracker &tracker) const;
    ActionOutcome run(const QString &action, const Tracker &tracker) const;
    const ActionRunner &actions() const { return m_actions; }

    //! Slot values of a fresh tracker (domain slots and Rasa's defaults).
    QList<SlotValue> slotDefaults() const { return m_slotDefaults; }
    Tracker emptyTracker(const QString &conversationId) const;
    Tracker trackerFor(const QString &conversationId, const EventList &events) const;

    //! A stable id derived from the bot's files (3.x `model_id`).
    QString modelId() const;
    //! The model file name /status reports.
    QString modelFile() const;

private:
    Bot m_bot;
    RasaVersion m_version;
    NluInterpreter m_nlu;
    DialoguePolicy m_policy;
    ActionRunner m_actions;
    QList<SlotValue> m_slotDefaults;
};

} // namespace Coach::FakeRasa
