#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>

#include <optional>

namespace Coach {

//! One entity of a parsed message (spec §3.3). Keeps the JSON object it was
//! read from, so extractor, confidences and unknown keys survive edits.
class Entity
{
public:
    Entity();
    explicit Entity(QJsonObject json);

    //! An entity marked by the annotator on a span of the message text.
    static Entity onSpan(const QString &type, const QJsonValue &value, int start, int end,
                         const QString &role = {}, const QString &group = {});

    QJsonObject toJson() const { return d->json; }

    //! Read once: exports read them for every entity of every message.
    QString type() const { return d->type; }
    QJsonValue value() const;
    bool hasValueKey() const;
    //! The value as text: strings as they are, anything else as compact JSON.
    QString valueText() const;
    std::optional<int> start() const;
    std::optional<int> end() const;
    bool hasSpan() const { return start().has_value() && end().has_value(); }
    //! Empty when the entity has none (or one that is not a string).
    QString role() const { return d->role; }
    QString group() const { return d->group; }
    QString extractor() const { return d->extractor; }
    std::optional<double> confidence() const;

    void setType(const QString &type);
    void setValue(const QJsonValue &value);
    void setSpan(int start, int end);
    //! An empty role or group removes the key.
    void setRole(const QString &role);
    void setGroup(const QString &group);

    //! Same type, value, role, group and span (extraction details ignored).
    bool sameAnnotation(const Entity &other) const;

    bool operator==(const Entity &other) const { return d == other.d || d->json == other.d->json; }

private:
    struct Data : QSharedData
    {
        QJsonObject json;
        QString type;
        QString role;
        QString group;
        QString extractor;
    };

    void setOrRemove(QLatin1StringView key, const QString &text);
    void cacheFields();

    QSharedDataPointer<Data> d;
};

QList<Entity> entitiesFromJson(const QJsonValue &value);
QJsonArray entitiesToJson(const QList<Entity> &entities);

} // namespace Coach
