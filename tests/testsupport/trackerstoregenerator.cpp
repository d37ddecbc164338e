#include "trackerstoregenerator.h"

#include "trackerstorecontent.h"

#include <queue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach::TestSupport {

TrackerStoreRow TrackerStoreRow::fromEvent(const QString &senderId, const PyJson &event)
{
    TrackerStoreRow row;
    row.senderId = senderId;
    row.typeName = event.value(u"event"_s).toString();
    const PyJson timestamp = event.value(u"timestamp"_s);
    if (!timestamp.isNull())
        row.timestamp = timestamp.toDouble();
    const PyJson intentName = event.value(u"parse_data"_s).value(u"intent"_s).value(u"name"_s);
    if (intentName.kind() == PyJson::Kind::String)
        row.intentName = intentName.toString();
    const PyJson name = event.value(u"name"_s);
    if (name.kind() == PyJson::Kind::String)
        row.actionName = name.toString();
    row.data = event.dump();
    return row;
}

PyJson TrackerStoreGenerator::rasaEvent(const QString &type, double timestamp,
                                        const PyJson &metadata, const PyJson::Members &fields)
{
    PyJson event = PyJson::object({{u"event"_s, type}, {u"timestamp"_s, timestamp}});
    if (!metadata.members().isEmpty())
        event.insert(u"metadata"_s, metadata);
    for (const auto &[key, value] : fields)
        event.insert(key, value);
    return event;
}

TrackerStoreGenerator::TrackerStoreGenerator(const Options &options) : m_options(options)
{ }

void TrackerStoreGenerator::generate(const std::function<void(const TrackerStoreRow &)> &sink)
{
    QList<State> states;
    QRandomGenerator setup(m_options.seed);
    const int total = m_options.conversations + (m_options.longConversationTurns > 0 ? 1 : 0);
    for (int i = 0; i < total; ++i) {
        State state;
        state.conversation = i;
        state.longConversation = i == m_options.conversations;
        state.senderId = state.longConversation ? u"long-conversation"_s
                                                : TrackerStoreContent::senderId(setup, i);
        // Every 25th conversation is the twin of the one before (same events,
        // same times): ties on the last event, broken by the sender id in
        // code-point order (U+FF03 before U+1F600, unlike UTF-16's order).
        const bool twin = i % 25 == 1 && !state.longConversation;
        state.random.seed(m_options.seed * 7919u + static_cast<quint32>(twin ? i - 1 : i));
        if (twin) {
            state.senderId = u"\uFF03tie-%1"_s.arg(i / 25);
            states[i - 1].senderId = u"😀tie-%1"_s.arg(i / 25);
            if (m_options.keepTruth)
                m_truth[i - 1].senderId = states[i - 1].senderId;
        }
        state.time = m_options.start + state.random.bounded(m_options.weeks * 7 * 86400);
        state.turnsLeft = state.longConversation
            ? m_options.longConversationTurns
            : 1 + state.random.bounded(2 * m_options.meanTurns - 1);
        states.append(state);
        if (m_options.keepTruth)
            m_truth.append(GeneratedConversation{state.senderId, 0, {}, {}, {}, {}});
    }
    using Entry = std::pair<double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> due;
    for (const State &state : states)
        due.push({state.time, state.conversation});
    while (!due.empty()) {
        State &state = states[due.top().second];
        due.pop();
        emitTurn(state, sink);
        if (--state.turnsLeft <= 0)
            continue;
        const bool away = !state.longConversation && state.random.bounded(10) == 0;
        state.time += away ? 3600 + state.random.bounded(5 * 86400) : 2 + state.random.bounded(90);
        state.time += state.random.generateDouble();
        due.push({state.time, state.conversation});
    }
}

void TrackerStoreGenerator::emitEvent(State &state, const PyJson &event,
                                      const std::function<void(const TrackerStoreRow &)> &sink)
{
    const TrackerStoreRow row = TrackerStoreRow::fromEvent(state.senderId, event);
    sink(row);
    ++m_rows;
    if (!m_options.keepTruth)
        return;
    GeneratedConversation &truth = m_truth[state.conversation];
    ++truth.events;
    if (row.timestamp) {
        truth.firstEvent =
            truth.firstEvent ? std::min(*truth.firstEvent, *row.timestamp) : *row.timestamp;
        truth.lastEvent =
            truth.lastEvent ? std::max(*truth.lastEvent, *row.timestamp) : *row.timestamp;
    }
    if (row.typeName == u"action")
        truth.actions.append(*row.actionName);
    if (row.typeName == u"user") {
        const PyJson confidence =
            event.value(u"parse_data"_s).value(u"intent"_s).value(u"confidence"_s);
        truth.userMessages.append(
            {event.value(u"text"_s).toString(), row.intentName,
             confidence.isNull() ? std::nullopt : std::optional<double>(confidence.toDouble())});
    }
}

} // namespace Coach::TestSupport
