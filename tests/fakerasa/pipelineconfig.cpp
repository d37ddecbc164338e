#include "pipelineconfig.h"

#include "model/jsonutil.h"
#include "model/yamlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coach::FakeRasa::PipelineConfig", text);
}

//! The `name`s of a `pipeline:` or `policies:` list; errors say which item.
Result<QStringList> componentNames(const QJsonValue &list, const QString &key)
{
    if (list.isNull() || list.isUndefined())
        return QStringList();
    if (!list.isArray())
        return makeError(tr("\"%1\" must be a list of components").arg(key));
    QStringList names;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString name = Json::string(items.at(i).toObject(), "name"_L1);
        if (name.isEmpty())
            return makeError(tr("item %1 of \"%2\" has no name").arg(i + 1).arg(key));
        names.append(name);
    }
    return names;
}

QJsonObject componentOptions(const QJsonValue &pipeline, const QString &name)
{
    for (const QJsonValue &item : pipeline.toArray()) {
        if (Json::string(item.toObject(), "name"_L1) == name)
            return item.toObject();
    }
    return {};
}

} // namespace

PipelineConfig PipelineConfig::defaults()
{
    PipelineConfig config;
    config.components = {
        u"WhitespaceTokenizer"_s,    u"RegexFeaturizer"_s,        u"LexicalSyntacticFeaturizer"_s,
        u"CountVectorsFeaturizer"_s, u"CountVectorsFeaturizer"_s, u"DIETClassifier"_s,
        u"EntitySynonymMapper"_s,    u"ResponseSelector"_s,       u"FallbackClassifier"_s};
    config.policies = {u"RulePolicy"_s, u"MemoizationPolicy"_s, u"TEDPolicy"_s};
    return config;
}

Result<PipelineConfig> PipelineConfig::load(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return makeError(input.errorString(), file);
    return fromYaml(input.readAll(), file);
}

Result<PipelineConfig> PipelineConfig::fromYaml(const QByteArray &text, const QString &fileName)
{
    Result<QJsonValue> yaml = parseYaml(text, fileName);
    if (!yaml)
        return yaml.error();
    if (!yaml->isObject() && !yaml->isNull())
        return makeError(tr("a config file must be a mapping with pipeline and policies"),
                         fileName);
    const QJsonObject json = yaml->toObject();
    PipelineConfig config = defaults();
    Result<QStringList> pipeline = componentNames(json.value("pipeline"_L1), u"pipeline"_s);
    Result<QStringList> policies = componentNames(json.value("policies"_L1), u"policies"_s);
    if (!pipeline || !policies)
        return makeError((pipeline ? policies.error() : pipeline.error()).message, fileName);
    if (!pipeline->isEmpty())
        config.components = pipeline.value();
    if (!policies->isEmpty())
        config.policies = policies.value();
    const QJsonObject diet = componentOptions(json.value("pipeline"_L1), u"DIETClassifier"_s);
    config.dietEntityRecognition = Json::boolean(diet, "entity_recognition"_L1, true);
    config.rankingLength = diet.value("ranking_length"_L1).toInt(10);
    config.assistantId = Json::string(json, "assistant_id"_L1);
    config.isDefault = false;
    return config;
}

bool PipelineConfig::dietExtractsEntities() const
{
    return classifiesWithDiet() && dietEntityRecognition;
}

QString PipelineConfig::policyName(const QString &policy, bool rasa2) const
{
    if (!rasa2)
        return policy;
    const qsizetype index = policies.indexOf(policy);
    return index < 0 ? policy : u"policy_%1_%2"_s.arg(index).arg(policy);
}

} // namespace Coach::FakeRasa
