#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Coach {

//! A Rasa bot project folder as `rasa init` lays it out and `rasa train`,
//! `rasa run` and `rasa run actions` read it by default: config.yml,
//! domain.yml (or a domain/ folder), data/, endpoints.yml, models/, and
//! custom actions in actions/ (a package) or actions.py.
class BotProject final
{
public:
    //! Checks that `folder` holds what `rasa train` needs, naming what is
    //! missing.
    static Result<BotProject> open(const QString &folder);

    QString folder() const { return m_folder; }
    QString filePath(const QString &relative) const;
    //! endpoints.yml, empty when the project has none.
    QString endpointsFile() const;
    //! Whether the project has custom actions for `rasa run actions`.
    bool hasActions() const;
    QString modelsFolder() const { return filePath(QStringLiteral("models")); }
    //! The newest model file in models/ (by change time, as Rasa's
    //! get_latest_model); empty when there is none.
    QString latestModel() const;
    //! Arguments of `rasa train` for this layout (run in the project).
    QStringList trainArguments() const;

private:
    explicit BotProject(QString folder) : m_folder(std::move(folder)) { }

    QString m_folder;
};

} // namespace Coach
