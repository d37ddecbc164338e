#pragma once

// Builders of realistic session content for the session tests and the
// session benchmark (header-only: test code shared without a library).

#include "model/event.h"
#include "session/sessiondata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Coach::Fixtures {

inline double timestampFor(int conversation, int step)
{
    return 1700000000.0 + conversation * 10000.0 + step * 0.731;
}

//! A user event as a 3.x server stores it: intent ranking of ten intents,
//! one entity with extractor details, metadata.
inline Event userEvent(const QString &text, const QString &intent, double timestamp)
{
    QJsonArray ranking;
    for (int i = 0; i < 10; ++i) {
        ranking.append(QJsonObject{{u"name"_qs, i == 0 ? intent : QStringLiteral("intent_%1").arg(i)},
                                   {u"confidence"_qs, i == 0 ? 0.91 : 0.01 / (i + 1)}});
    }
    const QJsonObject entity{{u"entity"_qs, u"city"_qs},     {u"value"_qs, u"Berlin"_qs},
                             {u"start"_qs, 0},               {u"end"_qs, 6},
                             {u"confidence_entity"_qs, 0.98}, {u"extractor"_qs, u"DIETClassifier"_qs}};
    const QJsonObject parseData{{u"text"_qs, text},
                                {u"intent"_qs, QJsonObject{{u"name"_qs, intent}, {u"confidence"_qs, 0.91}}},
                                {u"intent_ranking"_qs, ranking},
                                {u"entities"_qs, QJsonArray{entity}},
                                {u"message_id"_qs, u"4a95248b3c6b480c9550f9c19062e2bc"_qs},
                                {u"metadata"_qs, QJsonObject()}};
    return Event::fromJson(QJsonObject{{u"event"_qs, u"user"_qs},
                                       {u"timestamp"_qs, timestamp},
                                       {u"text"_qs, text},
                                       {u"parse_data"_qs, parseData},
                                       {u"input_channel"_qs, u"rest"_qs},
                                       {u"message_id"_qs, u"4a95248b3c6b480c9550f9c19062e2bc"_qs},
                                       {u"metadata"_qs, QJsonObject{{u"model_id"_qs, u"abc"_qs}}}})
        .value();
}

//! One turn: user message, a slot, a response action with its bot message,
//! action_listen.
inline EventList turnEvents(int conversation, int turn)
{
    const int step = turn * 5;
    EventList events;
    events.append(userEvent(QStringLiteral("Berlin is where I want to go, turn %1").arg(turn),
                            u"inform"_qs, timestampFor(conversation, step)));
    events.append(Event::slot(u"city"_qs, u"Berlin"_qs, timestampFor(conversation, step + 1)));
    events.append(Event::action(u"utter_ask_date"_qs, u"policy_1_TEDPolicy"_qs, 0.87,
                                timestampFor(conversation, step + 2)));
    events.append(Event::bot(QStringLiteral("When do you want to travel? (%1)").arg(turn),
                             QJsonObject{{u"buttons"_qs, QJsonArray{QJsonObject{{u"title"_qs, u"today"_qs},
                                                                              {u"payload"_qs, u"/today"_qs}}}}},
                             timestampFor(conversation, step + 3)));
    events.append(Event::actionListen(timestampFor(conversation, step + 4)));
    return events;
}

inline EventList sessionStart(int conversation)
{
    return {Event::action(u"action_session_start"_qs, {}, std::nullopt, timestampFor(conversation, -3)),
            Event::sessionStarted(timestampFor(conversation, -2)),
            Event::actionListen(timestampFor(conversation, -1))};
}

inline SessionData sessionData(int conversations, int turns)
{
    SessionData data;
    data.sessionId = u"0123456789abcdef0123456789abcdef"_qs;
    data.created = QDateTime::fromString(u"2024-05-01T10:00:00.000Z"_qs, Qt::ISODateWithMs);
    data.server.url = QUrl(u"http://localhost:5005"_qs);
    data.server.rasaVersion = u"3.6.2"_qs;
    data.server.modelId = u"5b0d7e0d5d4c4f0ab1e6a8f2e8c1d2f3"_qs;
    data.domain = QJsonObject{{u"version"_qs, u"3.1"_qs},
                              {u"intents"_qs, QJsonArray{u"greet"_qs, u"inform"_qs}},
                              {u"responses"_qs, QJsonObject{{u"utter_ask_date"_qs,
                                                             QJsonArray{QJsonObject{{u"text"_qs, u"When?"_qs}}}}}}};
    for (int c = 0; c < conversations; ++c) {
        Conversation conversation;
        conversation.id = QStringLiteral("conversation-%1").arg(c);
        conversation.title = QStringLiteral("Conversation %1").arg(c + 1);
        conversation.created = data.created.addSecs(c);
        conversation.events = sessionStart(c);
        for (int t = 0; t < turns; ++t)
            conversation.events.append(turnEvents(c, t));
        conversation.annotations.insert(3, TurnAnnotation{true, false, u"wrong city"_qs});
        data.conversations.append(conversation);
    }
    data.currentConversation = conversations > 0 ? 0 : -1;
    data.newIntents = {u"ask_weather"_qs};
    data.newActions = {u"action_check_weather"_qs, u"utter_weather"_qs};
    data.newResponses = {{u"utter_weather"_qs, QJsonArray{QJsonObject{{u"text"_qs, u"Sunny."_qs}}}}};
    return data;
}

} // namespace Coach::Fixtures
