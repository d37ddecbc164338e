#include "sessioninboxstate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QJsonObject reviewToJson(const ConversationReview &review)
{
    QJsonObject json{{u"reviewed"_s, review.reviewed},
                     {u"tags"_s, QJsonArray::fromStringList(review.tags)},
                     {u"notes"_s, review.notes}};
    if (review.reviewed) {
        json.insert(u"reviewed_by"_s, review.reviewedBy);
        json.insert(u"reviewed_at"_s, review.reviewedAt.toUTC().toString(Qt::ISODate));
    }
    return json;
}

ConversationReview reviewFromJson(const QString &senderId, const QJsonObject &json)
{
    ConversationReview review;
    review.senderId = senderId;
    review.reviewed = json.value("reviewed"_L1).toBool();
    review.reviewedBy = json.value("reviewed_by"_L1).toString();
    review.reviewedAt =
        QDateTime::fromString(json.value("reviewed_at"_L1).toString(), Qt::ISODate).toUTC();
    for (const QJsonValue tag : json.value("tags"_L1).toArray())
        review.tags.append(tag.toString());
    review.notes = json.value("notes"_L1).toString();
    return review;
}

QJsonObject exampleToJson(const TrainingExample &example)
{
    QJsonArray entities;
    for (const Entity &entity : example.entities)
        entities.append(entity.toJson());
    return {{u"text"_s, example.text}, {u"intent"_s, example.intent}, {u"entities"_s, entities}};
}

TrainingExample exampleFromJson(const QJsonObject &json)
{
    QList<Entity> entities;
    for (const QJsonValue entity : json.value("entities"_L1).toArray())
        entities.append(Entity(entity.toObject()));
    return TrainingExample(json.value("text"_L1).toString(), json.value("intent"_L1).toString(),
                           entities);
}

} // namespace

SessionInboxState SessionInboxState::fromJson(const QJsonObject &json)
{
    SessionInboxState state;
    const QJsonObject stores = json.value("reviews"_L1).toObject();
    for (auto store = stores.begin(); store != stores.end(); ++store) {
        const QJsonObject conversations = store.value().toObject();
        for (auto c = conversations.begin(); c != conversations.end(); ++c)
            state.reviews[store.key()].insert(c.key(),
                                              reviewFromJson(c.key(), c.value().toObject()));
    }
    const QJsonObject nlu = json.value("nlu"_L1).toObject();
    for (const QJsonValue example : nlu.value("accepted"_L1).toArray())
        state.acceptedExamples.append(exampleFromJson(example.toObject()));
    for (const QJsonValue text : nlu.value("dismissed"_L1).toArray())
        state.dismissedTexts.append(text.toString());
    return state;
}

QJsonObject SessionInboxState::toJson() const
{
    QJsonObject json;
    QJsonObject stores;
    for (auto store = reviews.cbegin(); store != reviews.cend(); ++store) {
        QJsonObject conversations;
        for (const ConversationReview &review : store.value()) {
            if (!review.isEmpty())
                conversations.insert(review.senderId, reviewToJson(review));
        }
        if (!conversations.isEmpty())
            stores.insert(store.key(), conversations);
    }
    if (!stores.isEmpty())
        json.insert(u"reviews"_s, stores);
    if (acceptedExamples.isEmpty() && dismissedTexts.isEmpty())
        return json;
    QJsonArray accepted;
    for (const TrainingExample &example : acceptedExamples)
        accepted.append(exampleToJson(example));
    json.insert(u"nlu"_s,
                QJsonObject{{u"accepted"_s, accepted},
                            {u"dismissed"_s, QJsonArray::fromStringList(dismissedTexts)}});
    return json;
}

void SessionInboxState::accept(const TrainingExample &example)
{
    dismissedTexts.removeAll(example.text);
    for (TrainingExample &existing : acceptedExamples) {
        if (existing.text == example.text) {
            existing = example;
            return;
        }
    }
    acceptedExamples.append(example);
}

void SessionInboxState::dismiss(const QString &text)
{
    acceptedExamples.removeIf(
        [&text](const TrainingExample &example) { return example.text == text; });
    if (!dismissedTexts.contains(text))
        dismissedTexts.append(text);
}

} // namespace Coach
