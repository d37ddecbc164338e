#include "dialoguepolicy.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

constexpr int kMaxHistory = 6;
constexpr double kRuleConfidence = 0.97;
constexpr double kMemoConfidence = 0.93;
constexpr double kListenConfidence = 0.81;
constexpr double kLoopRetryConfidence = 0.62;
constexpr double kCoreFallbackConfidence = 0.3;
constexpr double kAlternativesShare = 0.7;
constexpr QChar kSeparator{0x1f};

const QString kActionListen = u"action_listen"_s;

QString keyOf(const QStringList &tokens, qsizetype from, qsizetype to)
{
    return tokens.mid(from, to - from).join(kSeparator);
}

bool tailEquals(const QStringList &tokens, const QStringList &pattern, qsizetype length)
{
    const qsizetype offset = tokens.size() - length;
    for (qsizetype i = 0; i < length; ++i) {
        if (tokens.at(offset + i) != pattern.at(i))
            return false;
    }
    return true;
}

} // namespace

void DialoguePolicy::train(const StorySteps &stories, const StorySteps &rules,
                           const QStringList &actions, const StoryTokens::IntentResolver &resolver)
{
    m_memo.clear();
    m_rules.clear();
    const QList<QStringList> paths = StoryTokens::storyPaths(stories, resolver);
    for (const QStringList &path : paths)
        learnPath(path, actions);
    for (const StoryStep &rule : rules)
        addRule(rule, resolver);
}

void DialoguePolicy::learnPath(const QStringList &path, const QStringList &actions)
{
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (!StoryTokens::isActionToken(path.at(i)))
            continue;
        const QString action = StoryTokens::actionOfToken(path.at(i));
        if (!actions.contains(action))
            continue;
        for (qsizetype k = 1; k <= std::min<qsizetype>(kMaxHistory, i); ++k) {
            QList<Candidate> &candidates = m_memo[keyOf(path, i - k, i)];
            auto it = std::find_if(candidates.begin(), candidates.end(),
                                   [&action](const Candidate &c) { return c.action == action; });
            if (it != candidates.end())
                ++it->count;
            else
                candidates.append({action, 1});
        }
    }
}

void DialoguePolicy::addRule(const StoryStep &step, const StoryTokens::IntentResolver &resolver)
{
    EventList stepSlots;
    for (const StoryItem &item : step.items) {
        if (!item.isOrGroup() && item.event().type() == EventType::Slot)
            stepSlots.append(item.event());
    }
    const QList<QStringList> variants = StoryTokens::stepVariants(step, resolver);
    for (const QStringList &variant : variants) {
        QStringList tokens;
        if (step.conversationStart)
            tokens.append(StoryTokens::kStart);
        for (const QString &token : variant)
            StoryTokens::appendToken(tokens, token);
        if (step.waitForUserInput && !tokens.isEmpty() && StoryTokens::isActionToken(tokens.last())
            && tokens.last() != StoryTokens::kListen) {
            tokens.append(StoryTokens::kListen);
        }
        m_rules.append({tokens, step.conditions, stepSlots});
    }
}

QList<DialoguePolicy::State> DialoguePolicy::statesOf(const EventList &applied,
                                                      const QList<SlotValue> &initial,
                                                      QStringList *tokens)
{
    State state;
    for (const SlotValue &slot : initial)
        state.slotValues.insert(slot.name, slot.value);
    QList<State> states{state};
    tokens->append(StoryTokens::kStart);
    for (const Event &event : applied) {
        if (event.type() == EventType::Slot)
            state.slotValues.insert(event.name(), event.slotValue());
        StoryTokens::appendToken(*tokens, StoryTokens::tokenOf(event));
        while (states.size() < tokens->size())
            states.append(state);
        if (event.type() == EventType::ActiveLoop)
            state.loop = event.loopName();
    }
    states.append(state); // the current state, after the last token
    return states;
}

QStringList DialoguePolicy::conversationTokens(const EventList &applied)
{
    QStringList tokens;
    statesOf(applied, {}, &tokens);
    return tokens;
}

bool DialoguePolicy::slotsHold(const EventList &slotEvents, const State &state)
{
    for (const Event &slot : slotEvents) {
        if (slot.type() != EventType::Slot)
            continue;
        const QJsonValue value = state.slotValues.value(slot.name());
        const bool anyValue = !slot.toJson().contains("value"_L1);
        if (anyValue ? value.isNull() || value.isUndefined() : value != slot.slotValue())
            return false;
    }
    return true;
}

bool DialoguePolicy::loopHolds(const EventList &conditions, const State &state)
{
    for (const Event &condition : conditions) {
        if (condition.type() == EventType::ActiveLoop && condition.loopName() != state.loop)
            return false;
    }
    return true;
}

DialoguePolicy::Match DialoguePolicy::memoMatch(const QStringList &tokens,
                                                const QString &requiredToken) const
{
    const qsizetype n = tokens.size();
    for (qsizetype k = std::min<qsizetype>(kMaxHistory, n); k >= 1; --k) {
        const QStringList tail = tokens.mid(n - k);
        if (!requiredToken.isEmpty() && !tail.contains(requiredToken))
            continue;
        const auto it = m_memo.constFind(tail.join(kSeparator));
        if (it == m_memo.constEnd() || it->isEmpty())
            continue;
        const auto best =
            std::max_element(it->cbegin(), it->cend(), [](const Candidate &a, const Candidate &b) {
                return a.count < b.count;
            });
        return {best->action, int(k)};
    }
    return {};
}

DialoguePolicy::Match DialoguePolicy::ruleMatch(const QStringList &tokens,
                                                const QList<State> &states,
                                                const State &current) const
{
    Match best;
    const qsizetype n = tokens.size();
    for (const Rule &rule : m_rules) {
        for (qsizetype p = std::min(rule.tokens.size() - 1, n); p >= 1; --p) {
            if (!StoryTokens::isActionToken(rule.tokens.at(p))
                || !tailEquals(tokens, rule.tokens, p))
                continue;
            const State &start = states.at(n - p);
            if (!loopHolds(rule.conditions, start) || !slotsHold(rule.conditions, start)
                || !slotsHold(rule.stepSlots, current)) {
                continue;
            }
            if (p > best.length)
                best = {StoryTokens::actionOfToken(rule.tokens.at(p)), int(p)};
            break;
        }
    }
    return best;
}

QHash<QString, int> DialoguePolicy::alternatives(const QStringList &tokens) const
{
    QHash<QString, int> counts;
    const qsizetype n = tokens.size();
    for (qsizetype k = 1; k <= std::min<qsizetype>(kMaxHistory, n); ++k) {
        const auto it = m_memo.constFind(keyOf(tokens, n - k, n));
        if (it == m_memo.constEnd())
            continue;
        for (const Candidate &candidate : *it)
            counts[candidate.action] += candidate.count;
    }
    return counts;
}

Prediction DialoguePolicy::scored(const QString &winner, const QString &policy, double confidence,
                                  const QHash<QString, int> &others, const QStringList &actions)
{
    QHash<QString, int> weighted;
    int total = 0;
    for (auto it = others.begin(); it != others.end(); ++it) {
        if (it.key() != winner && actions.contains(it.key())) {
            weighted.insert(it.key(), it.value());
            total += it.value();
        }
    }
    const qsizetype rest = actions.size() - weighted.size() - (actions.contains(winner) ? 1 : 0);
    const double remaining = 1.0 - confidence;
    const double toWeighted =
        total > 0 ? (rest > 0 ? remaining * kAlternativesShare : remaining) : 0.0;
    const double perRest = rest > 0 ? (remaining - toWeighted) / double(rest) : 0.0;
    Prediction prediction{winner, policy, confidence, {}};
    for (const QString &action : actions) {
        double score = perRest;
        if (action == winner)
            score = confidence;
        else if (weighted.contains(action))
            score = toWeighted * weighted.value(action) / total;
        prediction.scores.append({action, score});
    }
    std::sort(prediction.scores.begin(), prediction.scores.end(),
              [](const QPair<QString, double> &a, const QPair<QString, double> &b) {
                  return a.second != b.second ? a.second > b.second : a.first < b.first;
              });
    return prediction;
}

Prediction DialoguePolicy::predict(const Tracker &tracker, const QStringList &actions,
                                   const QList<SlotValue> &initialSlots) const
{
    QStringList tokens;
    const QList<State> states = statesOf(tracker.appliedEvents(), initialSlots, &tokens);
    const QHash<QString, int> others = alternatives(tokens);
    const QString followup = tracker.followupAction();
    if (!followup.isEmpty() && !tracker.events().isEmpty() && actions.contains(followup))
        return scored(followup, u"followup"_s, 1.0, {}, actions);
    const ActiveLoopState loop = tracker.activeLoop();
    const bool afterUser = tokens.last().startsWith("U:"_L1);
    if (loop.isActive() && !loop.rejected && actions.contains(loop.name)) {
        if (tracker.latestActionName() == loop.name)
            return scored(kActionListen, u"RulePolicy"_s, kRuleConfidence, others, actions);
        if (afterUser) {
            Match unhappy = memoMatch(tokens, u"L:"_s + loop.name);
            if (unhappy.action.isEmpty())
                unhappy = memoMatch(tokens, u"A:"_s + loop.name);
            if (!unhappy.action.isEmpty() && unhappy.action != loop.name)
                return scored(unhappy.action, u"MemoizationPolicy"_s, kMemoConfidence, others,
                              actions);
            return scored(loop.name, u"RulePolicy"_s, kRuleConfidence, others, actions);
        }
    }
    if (const Match rule = ruleMatch(tokens, states, states.last()); !rule.action.isEmpty())
        return scored(rule.action, u"RulePolicy"_s, kRuleConfidence, others, actions);
    if (const Match memo = memoMatch(tokens); !memo.action.isEmpty())
        return scored(memo.action, u"MemoizationPolicy"_s, kMemoConfidence, others, actions);
    if (afterUser && loop.isActive() && actions.contains(loop.name))
        return scored(loop.name, u"TEDPolicy"_s, kLoopRetryConfidence, others, actions);
    if (afterUser)
        return scored(u"action_default_fallback"_s, u"RulePolicy"_s, kCoreFallbackConfidence,
                      others, actions);
    return scored(kActionListen, u"TEDPolicy"_s, kListenConfidence, others, actions);
}

} // namespace Coach::FakeRasa
