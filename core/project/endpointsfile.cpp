#include "endpointsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct EndpointsFileMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::EndpointsFile)
};

Result<YAML::Node> readEndpoints(const QString &projectFile)
{
    if (projectFile.isEmpty())
        return YAML::Node(YAML::NodeType::Map);
    QFile file(projectFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            EndpointsFileMessages::tr("The file could not be read: %1").arg(file.errorString()),
            QDir::toNativeSeparators(projectFile));
    try {
        YAML::Node root = YAML::Load(file.readAll().toStdString());
        if (root.IsNull())
            return YAML::Node(YAML::NodeType::Map);
        if (!root.IsMap())
            return makeError(
                EndpointsFileMessages::tr("The endpoints file is not a mapping of endpoint names."),
                QDir::toNativeSeparators(projectFile));
        return root;
    } catch (const YAML::Exception &error) {
        return makeError(
            EndpointsFileMessages::tr("The endpoints file is not valid YAML: %1")
                .arg(QString::fromStdString(error.msg)),
            u"%1:%2"_s.arg(QDir::toNativeSeparators(projectFile)).arg(error.mark.line + 1));
    }
}

} // namespace

Status writeEndpointsWithActionServer(const QString &projectFile, const QUrl &actionUrl,
                                      const QString &target)
{
    Result<YAML::Node> root = readEndpoints(projectFile);
    if (!root)
        return root.error();
    YAML::Node action(YAML::NodeType::Map);
    action["url"] = actionUrl.toString().toStdString();
    root.value()["action_endpoint"] = action;
    YAML::Emitter out;
    out << root.value();
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.c_str(), qint64(out.size())) < 0
        || !file.commit())
        return makeError(
            EndpointsFileMessages::tr("The temporary endpoints file could not be written: %1")
                .arg(file.errorString()),
            QDir::toNativeSeparators(target));
    return {};
}

} // namespace Coach
