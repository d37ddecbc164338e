#pragma once

#include "result.h"
#include "tracker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coach {

struct IntentDefinition
{
    QString name;
    bool useAllEntities = true; //!< use_entities: true (default)
    QStringList usedEntities; //!< use_entities: [list]
    QStringList ignoredEntities; //!< ignore_entities: [list]
    bool isRetrievalIntent = false;
    QJsonObject properties; //!< everything written under the name
};

struct EntityDefinition
{
    QString name;
    QStringList roles;
    QStringList groups;
    QJsonObject properties;
};

struct SlotDefinition
{
    QString name;
    QString type; //!< short name: text, bool, categorical, float, list, any
    QString typeAsWritten; //!< as the server or file gave it
    QJsonValue initialValue;
    QStringList values; //!< categorical
    std::optional<double> minValue;
    std::optional<double> maxValue;
    bool influenceConversation = true;
    bool autoFill = true; //!< 2.x
    QJsonArray mappings; //!< 3.x
    QJsonObject properties;
};

struct ResponseDefinition
{
    QString name;
    QJsonArray variations; //!< objects with text, buttons, image, custom, ...
};

struct SessionConfig
{
    double sessionExpirationTime = 60;
    bool carryOverSlotsToNewSession = true;
};

//! A bot's domain as GET /domain returns it (2.x normalised dump or 3.x raw
//! dump, spec §4.2) or as domain.yml holds it. Keeps the JSON it was read
//! from, so unknown keys survive a round trip.
class Domain
{
public:
    Domain() = default;

    static Result<Domain> fromJson(const QJsonValue &value);
    static Result<Domain> fromYaml(const QByteArray &text, const QString &fileName = {});
    static Result<Domain> fromFile(const QString &path);

    QJsonObject toJson() const { return m_json; }

    //! Major version from the "version" key ("2.0" → 2, "3.1" → 3), else 0.
    int formatMajorVersion() const;
    QString formatVersion() const;

    const QList<IntentDefinition> &intents() const { return m_intents; }
    QStringList intentNames() const;
    bool hasIntent(const QString &name) const;
    const QList<EntityDefinition> &entities() const { return m_entities; }
    QStringList entityNames() const;
    const EntityDefinition *entity(const QString &name) const;
    const QList<SlotDefinition> &slotDefinitions() const { return m_slots; }
    const SlotDefinition *slot(const QString &name) const;
    const QList<ResponseDefinition> &responses() const { return m_responses; }
    const ResponseDefinition *response(const QString &name) const;
    //! Custom actions as listed under `actions` (strings or 3.x objects).
    QStringList actionNames() const { return m_actionNames; }
    QStringList formNames() const;
    QJsonObject forms() const;
    bool isForm(const QString &name) const;
    SessionConfig sessionConfig() const { return m_sessionConfig; }

    //! Every action a policy can predict: defaults, custom actions, response
    //! actions and forms, without duplicates, sorted.
    QStringList allActionNames(int rasaMajorVersion = 3) const;
    bool knowsAction(const QString &name, int rasaMajorVersion = 3) const;

    //! Slot values of a fresh tracker, in domain order, with Rasa's default
    //! slots (requested_slot, session_started_metadata on 3.x) added.
    QList<SlotValue> initialSlotValues(int rasaMajorVersion = 3) const;

    static QStringList defaultActionNames(int rasaMajorVersion = 3);
    static QStringList defaultIntentNames();

private:
    Status readIntents(const QJsonValue &value);
    Status readEntities(const QJsonValue &value);
    Status readSlots(const QJsonValue &value);
    Status readResponses(const QJsonObject &json);
    Status readActions(const QJsonValue &value);
    void readSessionConfig(const QJsonValue &value);

    QJsonObject m_json;
    QList<IntentDefinition> m_intents;
    QList<EntityDefinition> m_entities;
    QList<SlotDefinition> m_slots;
    QList<ResponseDefinition> m_responses;
    QStringList m_actionNames;
    SessionConfig m_sessionConfig;
};

} // namespace Coach
