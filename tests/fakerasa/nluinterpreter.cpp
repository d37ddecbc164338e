#include "nluinterpreter.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

constexpr double kSoftmaxScale = 10.0;
constexpr double kFallbackConfidence = 0.3;
constexpr double kEntityConfidence = 0.99;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool onWordBoundaries(const QString &text, qsizetype start, qsizetype end)
{
    const bool before = start == 0 || !isWordChar(text.at(start - 1));
    const bool after = end >= text.size() || !isWordChar(text.at(end));
    return before && after;
}

bool overlaps(const QJsonArray &taken, int start, int end)
{
    for (const QJsonValue &value : taken) {
        const QJsonObject entity = value.toObject();
        if (start < entity.value("end"_L1).toInt() && end > entity.value("start"_L1).toInt())
            return true;
    }
    return false;
}

QJsonObject intentEntry(const QString &name, double confidence)
{
    QJsonObject entry;
    entry.insert("name"_L1, name);
    entry.insert("confidence"_L1, confidence);
    return entry;
}

const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words{
        {u"one"_s, 1},     {u"two"_s, 2},     {u"three"_s, 3},    {u"four"_s, 4},
        {u"five"_s, 5},    {u"six"_s, 6},     {u"seven"_s, 7},    {u"eight"_s, 8},
        {u"nine"_s, 9},    {u"ten"_s, 10},    {u"eleven"_s, 11},  {u"twelve"_s, 12},
        {u"twenty"_s, 20}, {u"thirty"_s, 30}, {u"a dozen"_s, 12},
    };
    return words;
}

QJsonObject responseSelector(bool rasa2)
{
    QJsonObject response;
    response.insert("responses"_L1, QJsonValue());
    response.insert("confidence"_L1, 0.0);
    response.insert("intent_response_key"_L1, QJsonValue());
    response.insert("utter_action"_L1, u"utter_None"_s);
    if (rasa2) {
        response.insert("response_templates"_L1, QJsonValue());
        response.insert("template_name"_L1, u"utter_None"_s);
    }
    QJsonObject selector;
    selector.insert("response"_L1, response);
    selector.insert("ranking"_L1, QJsonArray());
    QJsonObject result;
    result.insert("all_retrieval_intents"_L1, QJsonArray());
    result.insert("default"_L1, selector);
    return result;
}

} // namespace

QStringList NluInterpreter::tokenize(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

void NluInterpreter::train(const NluTrainingData &data, const Domain &domain)
{
    m_intents = domain.intentNames();
    if (m_intents.isEmpty()) {
        for (const NluExample &example : data.examples) {
            if (!m_intents.contains(example.intent))
                m_intents.append(example.intent);
        }
    }
    m_hasFallbackIntent = domain.hasIntent(u"nlu_fallback"_s);
    trainIntents(data);
    const QStringList annotated = trainEntities(data);
    m_extractNumbers = domain.entityNames().contains(u"number"_s)
        && !annotated.contains(u"number"_s);
}

void NluInterpreter::trainIntents(const NluTrainingData &data)
{
    m_examples = QList<QList<QSet<QString>>>(m_intents.size());
    for (const NluExample &example : data.examples) {
        const qsizetype index = m_intents.indexOf(example.intent);
        const QStringList tokens = tokenize(example.text);
        if (index >= 0 && !tokens.isEmpty())
            m_examples[index].append(QSet<QString>(tokens.cbegin(), tokens.cend()));
    }
    m_documentFrequency.clear();
    for (const QList<QSet<QString>> &examples : std::as_const(m_examples)) {
        QSet<QString> seen;
        for (const QSet<QString> &tokens : examples)
            seen.unite(tokens);
        for (const QString &token : std::as_const(seen))
            ++m_documentFrequency[token];
    }
}

QStringList NluInterpreter::trainEntities(const NluTrainingData &data)
{
    m_values.clear();
    QStringList annotated;
    for (const NluExample &example : data.examples) {
        for (const AnnotatedEntity &entity : example.entities) {
            annotated.append(entity.entity);
            addKnownValue({entity.text.toLower(), entity.entity, entity.value, entity.role,
                           entity.group, u"DIETClassifier"_s, 1});
        }
    }
    for (auto it = data.synonyms.begin(); it != data.synonyms.end(); ++it) {
        for (KnownValue &known : m_values) {
            if (known.text == it.key() || known.value.toString().toLower() == it.key())
                known.value = it.value();
        }
    }
    for (auto it = data.lookups.begin(); it != data.lookups.end(); ++it) {
        for (const QString &entry : it.value())
            addKnownValue({entry.toLower(), it.key(), entry, {}, {}, u"RegexEntityExtractor"_s, 1});
    }
    std::stable_sort(m_values.begin(), m_values.end(),
                     [](const KnownValue &a, const KnownValue &b) {
                         return a.text.size() > b.text.size();
                     });
    return annotated;
}

void NluInterpreter::addKnownValue(const KnownValue &value)
{
    if (value.text.trimmed().isEmpty())
        return;
    for (KnownValue &known : m_values) {
        if (known.text != value.text)
            continue;
        if (known.entity == value.entity && known.role == value.role
            && known.group == value.group) {
            ++known.count;
        }
        return; // the first annotation of a text wins
    }
    m_values.append(value);
}

double NluInterpreter::tokenWeight(const QString &token) const
{
    const int intents = std::max<int>(1, int(m_intents.size()));
    const int frequency = m_documentFrequency.value(token, 0);
    return std::log(1.0 + double(intents) / double(std::max(1, frequency)));
}

double NluInterpreter::similarity(const QSet<QString> &query, const QSet<QString> &example) const
{
    double shared = 0.0;
    double all = 0.0;
    for (const QString &token : query) {
        const double weight = tokenWeight(token);
        all += weight;
        if (example.contains(token))
            shared += weight;
    }
    for (const QString &token : example) {
        if (!query.contains(token))
            all += tokenWeight(token);
    }
    return all > 0.0 ? shared / all : 0.0;
}

QList<double> NluInterpreter::intentScores(const QSet<QString> &query) const
{
    QList<double> scores(m_intents.size(), 0.0);
    for (qsizetype i = 0; i < m_intents.size(); ++i) {
        for (const QSet<QString> &example : m_examples.at(i))
            scores[i] = std::max(scores[i], similarity(query, example));
    }
    return scores;
}

QJsonArray NluInterpreter::intentRanking(const QString &text) const
{
    const QStringList tokens = tokenize(text);
    const QList<double> scores = intentScores(QSet<QString>(tokens.cbegin(), tokens.cend()));
    double total = 0.0;
    QList<double> weights;
    for (double score : scores) {
        weights.append(std::exp(kSoftmaxScale * score));
        total += weights.last();
    }
    QList<qsizetype> order(m_intents.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&scores](qsizetype a, qsizetype b) { return scores[a] > scores[b]; });
    QJsonArray ranking;
    const bool noOverlap = std::all_of(scores.cbegin(), scores.cend(),
                                       [](double score) { return score <= 0.0; });
    if (noOverlap && m_hasFallbackIntent)
        ranking.append(intentEntry(u"nlu_fallback"_s, kFallbackConfidence));
    for (qsizetype index : order) {
        if (noOverlap && m_hasFallbackIntent && m_intents.at(index) == "nlu_fallback"_L1)
            continue;
        ranking.append(intentEntry(m_intents.at(index), weights.at(index) / total));
    }
    return ranking;
}

QString NluInterpreter::intentOf(const QString &text) const
{
    const QJsonArray ranking = intentRanking(text);
    return ranking.isEmpty() ? QString() : ranking.first().toObject().value("name"_L1).toString();
}

QJsonObject NluInterpreter::entityJson(const KnownValue &known, const QString &text, qsizetype start,
                                       qsizetype end)
{
    QJsonObject entity;
    entity.insert("entity"_L1, known.entity);
    entity.insert("start"_L1, int(start));
    entity.insert("end"_L1, int(end));
    const bool mapped = known.value.isString() && known.value.toString().toLower() != known.text;
    entity.insert("value"_L1, mapped ? known.value : QJsonValue(text.mid(start, end - start)));
    if (known.extractor == "DIETClassifier"_L1)
        entity.insert("confidence_entity"_L1, kEntityConfidence);
    entity.insert("extractor"_L1, known.extractor);
    if (!known.role.isEmpty())
        entity.insert("role"_L1, known.role);
    if (!known.group.isEmpty())
        entity.insert("group"_L1, known.group);
    if (mapped)
        entity.insert("processors"_L1, QJsonArray{u"EntitySynonymMapper"_s});
    return entity;
}

QJsonArray NluInterpreter::entities(const QString &text) const
{
    const QString lower = text.toLower();
    QJsonArray found;
    for (const KnownValue &known : m_values) {
        for (qsizetype from = lower.indexOf(known.text); from >= 0;
             from = lower.indexOf(known.text, from + known.text.size())) {
            const qsizetype end = from + known.text.size();
            if (onWordBoundaries(lower, from, end) && !overlaps(found, int(from), int(end)))
                found.append(entityJson(known, text, from, end));
        }
    }
    if (m_extractNumbers) {
        for (const QJsonValue &number : numberEntities(text, found))
            found.append(number);
    }
    QList<QJsonValue> sorted(found.cbegin(), found.cend());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value("start"_L1).toInt() < b.toObject().value("start"_L1).toInt();
    });
    QJsonArray result;
    for (const QJsonValue &entity : sorted)
        result.append(entity);
    return result;
}

QJsonArray NluInterpreter::numberEntities(const QString &text, const QJsonArray &taken) const
{
    static const QRegularExpression numerals(
        u"\\b(\\d+(?:\\.\\d+)?|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|"
        "eleven|twelve|twenty|thirty)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    QJsonArray numbers;
    auto it = numerals.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int start = int(match.capturedStart());
        const int end = int(match.capturedEnd());
        if (overlaps(taken, start, end))
            continue;
        const QString word = match.captured().toLower();
        bool isNumeral = false;
        const double value = word.toDouble(&isNumeral);
        const double number = isNumeral ? value : double(numberWords().value(word));
        QJsonObject additional;
        additional.insert("value"_L1, number);
        additional.insert("type"_L1, u"value"_s);
        QJsonObject entity;
        entity.insert("entity"_L1, u"number"_s);
        entity.insert("start"_L1, start);
        entity.insert("end"_L1, end);
        entity.insert("text"_L1, match.captured());
        entity.insert("value"_L1, number);
        entity.insert("confidence"_L1, 1.0);
        entity.insert("additional_info"_L1, additional);
        entity.insert("extractor"_L1, u"DucklingEntityExtractor"_s);
        numbers.append(entity);
    }
    return numbers;
}

QJsonObject NluInterpreter::parse(const QString &text, bool rasa2) const
{
    QJsonObject parse;
    parse.insert("text"_L1, text);
    const QJsonArray ranking = text.trimmed().isEmpty() ? QJsonArray() : intentRanking(text);
    QJsonObject intent;
    if (ranking.isEmpty()) {
        intent.insert("name"_L1, QJsonValue());
        intent.insert("confidence"_L1, 0.0);
    } else {
        intent = ranking.first().toObject();
    }
    parse.insert("intent"_L1, intent);
    parse.insert("entities"_L1, entities(text));
    parse.insert("intent_ranking"_L1, ranking);
    parse.insert("response_selector"_L1, responseSelector(rasa2));
    return parse;
}

} // namespace Coach::FakeRasa
