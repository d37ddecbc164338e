#include "trackerbuilder.h"

#include "statedomain.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Coach {

TrackerBuilder::TrackerBuilder(const StateDomain &domain, StateTable &table)
    : m_domain(&domain)
    , m_table(&table)
    , m_slotValues(domain.slotCount())
    , m_slotFeatures(domain.slotCount(), -1)
{
    reset();
    m_tracker.states.append(currentState());
}

void TrackerBuilder::reset()
{
    m_user = -1;
    m_action = -1;
    m_loop = -1;
    for (int slot = 0; slot < m_domain->slotCount(); ++slot)
        setSlot(slot, m_domain->initialValue(slot));
}

void TrackerBuilder::apply(const Event &event)
{
    switch (event.type()) {
    case EventType::Action:
        applyAction(event);
        return;
    case EventType::User:
        applyUser(event);
        break;
    case EventType::Slot:
        if (const int slot = m_domain->slotIndex(event.name()); slot >= 0)
            setSlot(slot, event.slotValue());
        break;
    case EventType::ActiveLoop:
        m_loop = event.loopName().isEmpty() ? -1 : m_table->string(event.loopName());
        break;
    case EventType::Restart:
    case EventType::SessionStarted:
        reset();
        break;
    default:
        break; // no part of the state
    }
    m_dirty = true;
}

void TrackerBuilder::applyUser(const Event &event)
{
    // Rasa's UserUttered: the text counts for end-to-end messages, the
    // intent and entities otherwise; a story step with both keeps all
    // three (use_text_for_featurization is then undecided).
    QString intent = event.userIntent();
    if (const qsizetype slash = intent.indexOf(u'/'); slash >= 0)
        intent.truncate(slash); // a retrieval intent's base intent
    const QString text = event.text();
    const QJsonValue flag = event.toJson().value("use_text_for_featurization"_L1);
    std::optional<bool> useText;
    if (flag.isBool())
        useText = flag.toBool();
    else if (!text.isEmpty() && intent.isEmpty())
        useText = true;
    else if (!intent.isEmpty() && text.isEmpty())
        useText = false;
    UserPart part;
    if (!text.isEmpty() && useText.value_or(true))
        part.text = m_table->string(text);
    if (!intent.isEmpty() && !useText.value_or(false))
        part.intent = m_table->string(intent);
    if (!useText.value_or(false)) {
        const QStringList labels = m_domain->featurizedEntities(intent, event.userEntities());
        if (!labels.isEmpty())
            part.entities = m_table->string(labels.join(u", "_s));
    }
    m_user = part == UserPart() ? -1 : m_table->user(part);
}

void TrackerBuilder::applyAction(const Event &event)
{
    ActionPart part;
    if (const QString name = event.name(); !name.isEmpty())
        part.name = m_table->string(name);
    else if (const QString text = event.actionText(); !text.isEmpty())
        part.text = m_table->string(text);
    else
        return; // neither name nor text: nothing Rasa could predict
    const qint32 action = m_table->action(part);
    if (m_dirty)
        m_tracker.states.last() = currentState();
    m_tracker.actions.append(action);
    m_action = action;
    m_tracker.states.append(currentState());
    m_dirty = false;
}

void TrackerBuilder::setSlot(int slot, const QJsonValue &value)
{
    m_slotValues[slot] = value;
    const QString feature = m_domain->slotFeature(slot, value);
    m_slotFeatures[slot] = feature.isEmpty() ? -1 : m_table->string(feature);
}

QJsonValue TrackerBuilder::slotValue(const QString &name) const
{
    const int slot = m_domain->slotIndex(name);
    return slot < 0 ? QJsonValue() : m_slotValues.at(slot);
}

qint32 TrackerBuilder::currentState()
{
    DialogueState state;
    state.user = m_user;
    state.action = m_action;
    state.loop = m_loop;
    for (int slot = 0; slot < m_slotFeatures.size(); ++slot) {
        if (m_slotFeatures.at(slot) >= 0)
            state.slotFeatures.append(
                {m_table->string(m_domain->slotName(slot)), m_slotFeatures.at(slot)});
    }
    return m_table->state(state);
}

const ConflictTracker &TrackerBuilder::tracker()
{
    if (m_dirty) {
        m_tracker.states.last() = currentState();
        m_dirty = false;
    }
    return m_tracker;
}

} // namespace Coach
