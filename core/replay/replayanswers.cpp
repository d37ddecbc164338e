#include "replayanswers.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

QList<ReplayDifference> ReplayAnswers::differences(const ReplayTurn &turn)
{
    using Kind = ReplayDifference::Kind;
    QList<ReplayDifference> found;
    if (!turn.replayed)
        return found;
    if (!turn.intentAgrees())
        found.append({Kind::Intent});
    if (!turn.entitiesAgree())
        found.append({Kind::Entities});
    for (int i = 0; i < turn.actions.size(); ++i) {
        if (turn.actions.at(i).replayed && !turn.actions.at(i).agrees())
            found.append({Kind::Action, i});
    }
    return found;
}

int ReplayAnswers::eventIndex(const ReplayTurn &turn, const ReplayDifference &difference)
{
    if (difference.kind != ReplayDifference::Kind::Action)
        return turn.eventIndex;
    return difference.action >= 0 && difference.action < turn.actions.size()
        ? turn.actions.at(difference.action).eventIndex
        : -1;
}

Event ReplayAnswers::accepted(const Event &current, const ReplayTurn &turn,
                              const ReplayDifference &difference)
{
    Event event = current;
    switch (difference.kind) {
    case ReplayDifference::Kind::Intent: {
        ParseData parse = event.parseData();
        parse.setIntent(turn.predicted.intent());
        parse.setIntentRanking(turn.predicted.intentRanking());
        event.setParseData(parse);
        return event;
    }
    case ReplayDifference::Kind::Entities: {
        ParseData parse = event.parseData();
        parse.setEntities(turn.predictedEntities());
        event.setParseData(parse);
        return event;
    }
    case ReplayDifference::Kind::Action: {
        const ReplayAction &action = turn.actions.at(difference.action);
        QJsonObject json = current.toJson();
        json.insert("name"_L1, action.predicted);
        json.insert("policy"_L1,
                    action.policy.isEmpty() ? QJsonValue() : QJsonValue(action.policy));
        json.insert("confidence"_L1, action.confidence);
        if (json.contains("action_text"_L1))
            json.insert("action_text"_L1, QJsonValue());
        return Event::fromJson(json).value();
    }
    }
    return event;
}

bool ReplayAnswers::isAccepted(const Event &current, const ReplayTurn &turn,
                               const ReplayDifference &difference)
{
    switch (difference.kind) {
    case ReplayDifference::Kind::Intent:
        return current.userIntent() == turn.predictedIntent();
    case ReplayDifference::Kind::Entities:
        return sameEntityAnnotations(current.userEntities(), turn.predictedEntities());
    case ReplayDifference::Kind::Action:
        return current.actionNameOrText() == turn.actions.at(difference.action).predicted;
    }
    return false;
}

} // namespace Coach
