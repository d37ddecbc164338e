#include "versionrequest.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

int ServerVersion::majorOf(const QString &version)
{
    const QString first = version.trimmed().section(u'.', 0, 0);
    bool ok = false;
    const int major = first.toInt(&ok);
    return ok && major >= 0 ? major : 0;
}

VersionRequest::VersionRequest(QObject *parent)
    : RasaRequest(Method::Get, u"/version"_s, {}, parent)
{ }

Status VersionRequest::parse(const QJsonDocument &document)
{
    const QJsonObject json = document.object();
    if (!json.value("version"_L1).isString()) {
        return makeError(QCoreApplication::translate("Coach::VersionRequest",
                                                     "the answer has no \"version\" text"));
    }
    m_result.version = Json::string(json, "version"_L1);
    m_result.minimumCompatibleVersion = Json::string(json, "minimum_compatible_version"_L1);
    return {};
}

} // namespace Coach
