#pragma once

#include "storypaths.h"

#include "model/story.h"
#include "model/tracker.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Coach::FakeRasa {

//! What the policy predicts for a tracker.
struct Prediction
{
    QString action;
    QString policy; //!< RulePolicy, MemoizationPolicy, TEDPolicy or followup
    double confidence = 0.0;
    //! Every action with its score, highest first, ties by name.
    QList<QPair<QString, double>> scores;
};

//! A deterministic dialogue policy standing in for Rasa's Rule,
//! Memoization and TED policies, in this order:
//!  1. a scheduled follow-up action (after `restart`: action_session_start);
//!  2. an active, not rejected loop: right after the loop ran → action_listen;
//!     after a user message → the loop, unless a story handles that message
//!     inside this loop (its matched history contains the loop);
//!  3. rules: the rule whose steps match the longest end of the history
//!     (conditions checked where the match starts, in-step slots now;
//!     `conversation_start` rules only from the start); rules that wait for
//!     user input end with action_listen;
//!  4. memoization: the action that followed the longest matching end of
//!     the history (up to 6 tokens) in the stories, most frequent first;
//!  5. nothing learned: after a user message → action_default_fallback
//!     (confidence 0.3, Rasa's core fallback), after a bot action →
//!     action_listen; a rejected loop is tried again after a user message.
//! The winner gets a fixed confidence per policy; the rest is spread over
//! the other actions, more to those seen after shorter matches.
class DialoguePolicy
{
public:
    void train(const StorySteps &stories, const StorySteps &rules, const QStringList &actions,
               const StoryTokens::IntentResolver &resolver);

    Prediction predict(const Tracker &tracker, const QStringList &actions,
                       const QList<SlotValue> &initialSlots) const;

    //! The tokens of a conversation (its applied events), for tests.
    static QStringList conversationTokens(const EventList &applied);

private:
    struct Candidate
    {
        QString action;
        int count = 0;
    };
    struct Rule
    {
        QStringList tokens;
        EventList conditions;
        EventList stepSlots;
    };
    struct State
    {
        QString loop;
        QHash<QString, QJsonValue> slotValues;
    };
    struct Match
    {
        QString action;
        int length = 0;
    };

    void learnPath(const QStringList &path, const QStringList &actions);
    void addRule(const StoryStep &step, const StoryTokens::IntentResolver &resolver);
    Match memoMatch(const QStringList &tokens, const QString &requiredToken = {}) const;
    Match ruleMatch(const QStringList &tokens, const QList<State> &states,
                    const State &current) const;
    QHash<QString, int> alternatives(const QStringList &tokens) const;
    static bool slotsHold(const EventList &slotEvents, const State &state);
    static bool loopHolds(const EventList &conditions, const State &state);
    static QList<State> statesOf(const EventList &applied, const QList<SlotValue> &initial,
                                 QStringList *tokens);
    static Prediction scored(const QString &winner, const QString &policy, double confidence,
                             const QHash<QString, int> &others, const QStringList &actions);

    QHash<QString, QList<Candidate>> m_memo;
    QList<Rule> m_rules;
};

} // namespace Coach::FakeRasa
