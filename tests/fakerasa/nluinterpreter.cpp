#include "nluinterpreter.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

constexpr double kSoftmaxScale = 10.0;
constexpr double kFallbackConfidence = 0.3;

QJsonObject intentEntry(const QString &name, double confidence)
{
    QJsonObject entry;
    entry.insert("name"_L1, name);
    entry.insert("confidence"_L1, confidence);
    return entry;
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

void NluInterpreter::train(const NluTrainingData &data, const Domain &domain,
                           const PipelineConfig &config, const RasaVersion &version)
{
    m_config = config;
    m_version = version;
    m_intents = domain.intentNames();
    if (m_intents.isEmpty()) {
        for (const NluExample &example : data.examples) {
            if (!m_intents.contains(example.intent))
                m_intents.append(example.intent);
        }
    }
    m_hasFallbackIntent = domain.hasIntent(u"nlu_fallback"_s);
    trainIntents(data);
    m_entities.train(data, domain, config, version);
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
    const bool noOverlap =
        std::all_of(scores.cbegin(), scores.cend(), [](double score) { return score <= 0.0; });
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

QJsonArray NluInterpreter::rankingForOutput(const QJsonArray &ranking) const
{
    const bool withIds = m_version.isV2() && m_config.classifiesWithDiet();
    const qsizetype length = m_config.rankingLength > 0 ? m_config.rankingLength : ranking.size();
    QJsonArray result;
    for (qsizetype i = 0; i < ranking.size() && i < length; ++i) {
        QJsonObject entry = ranking.at(i).toObject();
        const QString name = entry.value("name"_L1).toString();
        if (withIds && name != "nlu_fallback"_L1)
            entry.insert("id"_L1, intentId(name));
        result.append(entry);
    }
    return result;
}

qint64 NluInterpreter::intentId(const QString &name)
{
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    return qFromBigEndian<qint64>(digest.constData());
}

QJsonArray NluInterpreter::tokenSpans(const QString &text)
{
    static const QRegularExpression chunks(u"\\S+"_s);
    const auto isWord = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('#')
            || c == QLatin1Char('@') || c == QLatin1Char('&');
    };
    QJsonArray spans;
    auto it = chunks.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qsizetype start = match.capturedStart();
        qsizetype end = match.capturedEnd();
        while (start < end && !isWord(text.at(start))
               && !(start + 1 < end && text.at(start + 1).isDigit())) {
            ++start;
        }
        while (end > start && !isWord(text.at(end - 1)))
            --end;
        if (end > start)
            spans.append(QJsonArray{int(start), int(end)});
    }
    if (spans.isEmpty() && !text.isEmpty())
        spans.append(QJsonArray{0, int(text.size())});
    return spans;
}

QJsonObject NluInterpreter::parse(const QString &text) const
{
    QJsonObject parse;
    parse.insert("text"_L1, text);
    const QJsonArray ranking =
        text.trimmed().isEmpty() ? QJsonArray() : rankingForOutput(intentRanking(text));
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
    if (!m_version.isV2())
        parse.insert("text_tokens"_L1, tokenSpans(text));
    if (m_config.selectsResponses())
        parse.insert("response_selector"_L1, responseSelector(m_version.isV2()));
    return parse;
}

} // namespace Coach::FakeRasa
