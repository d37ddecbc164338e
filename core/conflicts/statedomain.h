#pragma once

#include "model/domain.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coach {

//! What of a domain shapes Rasa's dialogue states (Domain.get_active_state
//! in Rasa 2.8 and 3.6): which entity labels an intent featurizes, how each
//! slot's value is featurized, and which slots a user message's entities
//! fill. Built once per domain; the conflict check asks it for every event.
class StateDomain
{
public:
    //! Slots an entity fills when a user message carries it.
    struct SlotFill
    {
        int slot = -1;
        QJsonValue value;
    };

    StateDomain() = default;
    //! `rasaMajorVersion` 3 fills slots from their `from_entity` mappings,
    //! 2 from entities of the slot's name (auto_fill); 0 takes it from the
    //! domain's `version` key (3 unless it says 2.x).
    explicit StateDomain(const Domain &domain, int rasaMajorVersion = 0);

    int rasaMajorVersion() const { return m_major; }

    //! The entity labels of a user message that count for its intent:
    //! `type`, `type#role`, `type#group`, filtered by the intent's
    //! use_entities/ignore_entities (all of the message's labels for an
    //! intent the domain does not know), sorted.
    QStringList featurizedEntities(const QString &intent, const QList<Entity> &entities) const;

    int slotCount() const { return int(m_slots.size()); }
    //! -1 for a slot the domain does not have (Rasa ignores setting it).
    int slotIndex(const QString &name) const { return m_slotIndex.value(name, -1); }
    QString slotName(int slot) const { return m_slots.at(slot).name; }
    QJsonValue initialValue(int slot) const { return m_slots.at(slot).initial; }

    //! What Rasa's Slot.as_feature() keeps of a value, as text: "set" (text),
    //! "true"/"false" (bool), the value scaled to 0..1 (float), "not empty"
    //! (list), the listed value or "__other__" (categorical). Empty when the
    //! slot does not influence the conversation or every feature is zero
    //! (an unset slot), i.e. when Rasa leaves it out of the state.
    QString slotFeature(int index, const QJsonValue &value) const;

    //! The slot events Rasa adds after a user message (slots_for_entities).
    QList<SlotFill> slotsForEntities(const QList<Entity> &entities) const;

private:
    enum class SlotKind { Ignored, Text, Bool, Categorical, Float, List };
    struct Slot
    {
        QString name;
        SlotKind kind = SlotKind::Ignored;
        QStringList values; //!< categorical, lower-case, `__other__` last
        double minValue = 0.0;
        double maxValue = 1.0;
        QJsonValue initial;
        bool isList = false;
        bool autoFill = true; //!< 2.x
        QList<Entity> fillMappings; //!< 3.x: type, role, group of from_entity mappings
    };
    //! Labels an intent featurizes; unset = every label of the message.
    using IntentEntities = std::optional<QSet<QString>>;

    void readEntities(const Domain &domain);
    void readIntent(const IntentDefinition &intent);
    void readSlot(const SlotDefinition &definition);
    QSet<QString> labelsOf(const QStringList &entities, bool withAllSubLabels) const;

    int m_major = 3;
    QList<Slot> m_slots;
    QHash<QString, int> m_slotIndex;
    QHash<QString, IntentEntities> m_intents;
    QStringList m_entities;
    QSet<QString> m_defaultIgnored; //!< 3.x entities with influence_conversation false
    QHash<QString, QStringList> m_subLabels; //!< entity → its roles and groups
    bool m_storeEntitiesAsSlots = true;
};

} // namespace Coach
