#include "parserequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

ParseRequest::ParseRequest(const QString &text, QObject *parent)
    : RasaRequest(Method::Post, u"/model/parse"_s, {}, parent), m_text(text)
{
    setJsonBody(QJsonObject{{u"text"_s, text}});
}

Status ParseRequest::parse(const QJsonDocument &document)
{
    if (!document.isObject())
        return makeError(tr("the parse result is not a JSON object"));
    const QJsonObject json = document.object();
    // A model without NLU answers an intent of null; anything else is not
    // parse data.
    const QJsonValue intent = json.value("intent"_L1);
    if (!intent.isObject() && !intent.isNull())
        return makeError(tr("the parse result has no \"intent\" object"));
    const QJsonValue entities = json.value("entities"_L1);
    if (!entities.isArray() && !entities.isUndefined() && !entities.isNull())
        return makeError(tr("\"entities\" in the parse result is not a list"));
    m_parseData = ParseData(json);
    return {};
}

} // namespace Coach
