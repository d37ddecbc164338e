#include "entityextractor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

constexpr double kEntityConfidence = 0.99;
const QString kDiet = u"DIETClassifier"_s;
const QString kRegex = u"RegexEntityExtractor"_s;

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

bool sameSpan(const QJsonArray &taken, const QString &entity, int start, int end)
{
    return std::any_of(taken.begin(), taken.end(), [&](const QJsonValue &value) {
        const QJsonObject other = value.toObject();
        return other.value("entity"_L1).toString() == entity
            && other.value("start"_L1).toInt() == start && other.value("end"_L1).toInt() == end;
    });
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

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

void EntityExtractor::train(const NluTrainingData &data, const Domain &domain,
                            const PipelineConfig &config, const RasaVersion &version)
{
    m_values.clear();
    m_patterns.clear();
    m_synonyms.clear();
    m_mapSynonyms = config.mapsSynonyms();
    m_selfReferences = !version.isV2();
    QStringList annotated;
    for (const NluExample &example : data.examples) {
        for (const AnnotatedEntity &entity : example.entities) {
            annotated.append(entity.entity);
            if (config.dietExtractsEntities()) {
                addKnownValue(
                    {entity.text.toLower(), entity.entity, entity.role, entity.group, kDiet});
            }
        }
    }
    std::stable_sort(
        m_values.begin(), m_values.end(),
        [](const KnownValue &a, const KnownValue &b) { return a.text.size() > b.text.size(); });
    if (config.extractsWithRegex())
        trainPatterns(data, annotated);
    trainSynonyms(data);
    const bool duckling = config.has(u"DucklingEntityExtractor"_s) || config.isDefault;
    m_extractNumbers =
        duckling && domain.entityNames().contains(u"number"_s) && !annotated.contains(u"number"_s);
}

void EntityExtractor::addKnownValue(const KnownValue &value)
{
    if (value.text.trimmed().isEmpty())
        return;
    for (const KnownValue &known : std::as_const(m_values)) {
        if (known.text == value.text)
            return; // the first annotation of a text wins
    }
    m_values.append(value);
}

void EntityExtractor::trainSynonyms(const NluTrainingData &data)
{
    const auto add = [this](const QString &text, const QString &value) {
        if (text != value)
            m_synonyms.insert(text.toLower(), value);
        // 3.x keeps a self-reference so that other spellings map to the value
        if (m_selfReferences && !m_synonyms.contains(value.toLower()))
            m_synonyms.insert(value.toLower(), value);
    };
    for (auto it = data.synonyms.begin(); it != data.synonyms.end(); ++it)
        add(it.key(), it.value());
    for (const NluExample &example : data.examples) {
        for (const AnnotatedEntity &entity : example.entities) {
            const QString value = entity.value.isString()
                ? entity.value.toString()
                : QString::number(entity.value.toDouble());
            add(entity.text, value);
        }
    }
}

void EntityExtractor::trainPatterns(const NluTrainingData &data, const QStringList &annotated)
{
    for (auto it = data.lookups.begin(); it != data.lookups.end(); ++it) {
        if (!annotated.contains(it.key()))
            continue;
        for (const QString &entry : it.value()) {
            if (!entry.trimmed().isEmpty()) {
                m_patterns.append(
                    {it.key(),
                     caseless(u"\\b"_s + QRegularExpression::escape(entry.trimmed()) + u"\\b"_s)});
            }
        }
    }
    for (auto it = data.regexes.begin(); it != data.regexes.end(); ++it) {
        if (!annotated.contains(it.key()))
            continue;
        for (const QString &pattern : it.value()) {
            const QRegularExpression expression = caseless(pattern);
            if (expression.isValid() && !pattern.isEmpty())
                m_patterns.append({it.key(), expression});
        }
    }
}

QJsonObject EntityExtractor::entityJson(const QString &entity, const QString &extractor,
                                        const QString &text, qsizetype start, qsizetype end,
                                        const QJsonValue &extra) const
{
    QJsonObject json;
    json.insert("entity"_L1, entity);
    json.insert("start"_L1, int(start));
    json.insert("end"_L1, int(end));
    QString value = text.mid(start, end - start);
    const bool mapped = m_mapSynonyms && m_synonyms.contains(value.toLower());
    if (mapped)
        value = m_synonyms.value(value.toLower());
    json.insert("value"_L1, value);
    if (extractor == kDiet)
        json.insert("confidence_entity"_L1, kEntityConfidence);
    json.insert("extractor"_L1, extractor);
    const QJsonObject roles = extra.toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        json.insert(it.key(), it.value());
    if (mapped)
        json.insert("processors"_L1, QJsonArray{u"EntitySynonymMapper"_s});
    return json;
}

void EntityExtractor::findKnownValues(const QString &text, QJsonArray &found) const
{
    const QString lower = text.toLower();
    for (const KnownValue &known : m_values) {
        QJsonObject roles;
        if (!known.role.isEmpty())
            roles.insert("role"_L1, known.role);
        if (!known.group.isEmpty())
            roles.insert("group"_L1, known.group);
        for (qsizetype from = lower.indexOf(known.text); from >= 0;
             from = lower.indexOf(known.text, from + known.text.size())) {
            const qsizetype end = from + known.text.size();
            if (onWordBoundaries(lower, from, end) && !overlaps(found, int(from), int(end)))
                found.append(entityJson(known.entity, known.extractor, text, from, end, roles));
        }
    }
}

void EntityExtractor::findPatterns(const QString &text, QJsonArray &found) const
{
    for (const Pattern &pattern : m_patterns) {
        auto it = pattern.expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int start = int(match.capturedStart());
            const int end = int(match.capturedEnd());
            if (end > start && !sameSpan(found, pattern.entity, start, end))
                found.append(entityJson(pattern.entity, kRegex, text, start, end, {}));
        }
    }
}

QJsonArray EntityExtractor::entities(const QString &text) const
{
    QJsonArray found;
    findKnownValues(text, found);
    findPatterns(text, found);
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

QJsonArray EntityExtractor::numberEntities(const QString &text, const QJsonArray &taken) const
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

} // namespace Coach::FakeRasa
