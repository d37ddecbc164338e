#pragma once

#include "replaytypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace Coach {

//! One line of a turn shown annotated vs predicted.
struct ReplayComparison
{
    QString label; //!< "intent", "entities", "action 2"
    QString annotated;
    QString predicted;
    bool differs = false;
};

//! How a replay's findings read for people (the command's output, the
//! JUnit failure text, the HTML page, the window): translated.
class ReplayText
{
    Q_DECLARE_TR_FUNCTIONS(Coach::ReplayText)

public:
    //! `city=Berlin role=to group=1 [7-13]`.
    static QString entity(const Entity &entity);
    //! The entities, `, `-separated; "none" when there are none.
    static QString entities(const QList<Entity> &entities);
    //! `mood_great (0.87)`: an intent or action and its confidence.
    static QString scored(const QString &name, std::optional<double> confidence);
    //! The predicted intent's confidence minus the annotated one's,
    //! signed: `+0.12`; empty when the annotation has none.
    static QString confidenceDelta(const ReplayTurn &turn);
    //! The turn as rows: intent, entities, then each action.
    static QList<ReplayComparison> comparison(const ReplayTurn &turn);
    //! Column titles of comparison(): "annotated", "predicted".
    static QString annotatedTitle() { return tr("annotated"); }
    static QString predictedTitle() { return tr("predicted"); }
    //! `action 1: annotated utter_happy, predicted utter_goodbye (0.91)`.
    static QString differenceLine(const ReplayComparison &row);
    //! One line per difference of a turn: intent, entities, each action.
    static QStringList differences(const ReplayTurn &turn);
    //! Warnings that do not make a turn differ (action_unlikely_intent).
    static QStringList warnings(const ReplayTurn &turn);
    //! `moodbot.coach: conversation abc, part 0, turn 2 ("hello")`.
    static QString turnTitle(const QString &file, const ReplayPart &part, const ReplayTurn &turn);
    //! `sessions: 3, conversation parts: 12, turns: 57, differing: 4`.
    static QString summary(const ReplaySummary &summary);
};

} // namespace Coach
