#include "nlucorrection.h"

#include "model/annotation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct NluCorrectionMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::NluCorrection)
};

} // namespace

QList<IntentScore> NluCorrection::fullRanking(const QList<IntentScore> &ranking,
                                              const QStringList &knownIntents)
{
    QList<IntentScore> result = ranking;
    for (const QString &name : knownIntents) {
        const bool present = std::any_of(result.cbegin(), result.cend(),
                                         [&name](const IntentScore &s) { return s.name == name; });
        if (!present)
            result.append(
                IntentScore{name, 0.0, QJsonObject{{u"name"_s, name}, {u"confidence"_s, 0.0}}});
    }
    std::stable_sort(result.begin(), result.end(), [](const IntentScore &a, const IntentScore &b) {
        return a.confidence != b.confidence ? a.confidence > b.confidence : a.name < b.name;
    });
    return result;
}

QJsonObject NluCorrection::chosenIntent(const QString &name, const QList<IntentScore> &ranking)
{
    const QString base = name.section(u'/', 0, 0);
    QJsonObject intent{{u"name"_s, base}};
    for (const IntentScore &score : ranking) {
        if (score.name == name && !score.json.isEmpty()) {
            intent = score.json;
            break;
        }
    }
    intent.insert("name"_L1, base);
    if (base != name)
        intent.insert("full_retrieval_intent_name"_L1, name);
    else
        intent.remove("full_retrieval_intent_name"_L1);
    intent.insert("confidence"_L1, 1.0);
    return intent;
}

bool NluCorrection::isValidIntentName(const QString &name)
{
    const QStringList parts = name.split(u'/');
    return parts.size() <= 2
        && std::all_of(parts.cbegin(), parts.cend(), &NluCorrection::isValidName);
}

QJsonObject NluCorrection::responseSelectorFor(const QString &intent, const QJsonObject &selector)
{
    const qsizetype slash = intent.indexOf(u'/');
    if (slash < 0)
        return selector;
    const QString base = intent.left(slash);
    const QString key = selector.contains(base) ? base : u"default"_s;
    QJsonObject selected = selector.value(key).toObject();
    QJsonObject response = selected.value("response"_L1).toObject();
    if (response.isEmpty())
        return selector;
    const QString utter = u"utter_"_s + intent;
    response.insert("intent_response_key"_L1, intent);
    response.insert("utter_action"_L1, utter);
    if (response.contains("template_name"_L1)) // Rasa 2.x
        response.insert("template_name"_L1, utter);
    selected.insert("response"_L1, response);
    QJsonObject updated = selector;
    updated.insert(key, selected);
    return updated;
}

bool NluCorrection::isValidName(const QString &name)
{
    static const QRegularExpression forbidden(u"[\\s{}\\[\\]()@/\"]"_s);
    return !name.isEmpty() && !name.contains(forbidden);
}

Result<QList<Entity>> NluCorrection::checkedEntities(const QString &text,
                                                     const QList<Entity> &entities)
{
    const int length = Annotation::codePointLength(text);
    QList<Entity> result;
    for (Entity entity : entities) {
        if (!isValidName(entity.type()))
            return makeError(
                NluCorrectionMessages::tr("An entity needs a type without spaces or brackets."));
        if (!entity.hasSpan() || *entity.start() < 0 || *entity.end() > length
            || *entity.start() >= *entity.end()) {
            return makeError(
                NluCorrectionMessages::tr("The entity '%1' does not mark a part of the message.")
                    .arg(entity.type()));
        }
        if (!entity.hasValueKey() || entity.value().isNull() || entity.valueText().isEmpty()) {
            const qsizetype from = Annotation::utf16Index(text, *entity.start());
            const qsizetype to = Annotation::utf16Index(text, *entity.end());
            entity.setValue(text.mid(from, to - from));
        }
        result.append(entity);
    }
    return result;
}

QList<Entity> NluCorrection::merge(const QList<Entity> &edited, const QList<Entity> &original)
{
    QList<Entity> result;
    for (const Entity &entity : edited) {
        auto match = std::find_if(original.cbegin(), original.cend(),
                                  [&entity](const Entity &o) { return o.sameAnnotation(entity); });
        result.append(match != original.cend() ? *match : entity);
    }
    return result;
}

bool NluCorrection::sameAnnotations(const QList<Entity> &a, const QList<Entity> &b)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.cbegin(), a.cend(), [&b](const Entity &entity) {
        return std::any_of(b.cbegin(), b.cend(),
                           [&entity](const Entity &other) { return other.sameAnnotation(entity); });
    });
}

} // namespace Coach
