#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Coach {

//! A Rasa that can be run: a `rasa` executable, or a Python interpreter
//! with Rasa installed (run as `python -m rasa`), and what
//! `rasa --version` said about it.
struct RasaInstallation
{
    enum class Origin {
        Setting, //!< the executable or interpreter chosen in Settings
        ProjectVirtualenv, //!< .venv/ or venv/ inside the bot project
        Path, //!< `rasa` on PATH
    };

    QString program; //!< what is executed
    QStringList baseArguments; //!< `-m rasa` for an interpreter
    //! The Python interpreter that runs Rasa (from the script's #! line or
    //! the setting); empty when it is not a Python script (then Rasa is
    //! run as it is).
    QString python;
    Origin origin = Origin::Path;

    QString version; //!< "3.6.21", filled by RasaVersionProbe
    QString sdkVersion; //!< the Rasa SDK's version; empty when not installed

    //! The arguments for `program` that run `rasa <arguments>`.
    QStringList arguments(const QStringList &rasaArguments) const;
    //! Major version (2 or 3 are supported); 0 when unknown.
    int majorVersion() const;
    //! "/path/bin/rasa" or "/path/bin/python -m rasa".
    QString location() const;
    //! "Rasa 3.6.21 (/path/bin/rasa)".
    QString displayName() const;
    //! The executable or interpreter for `path`: a file named python…
    //! runs Rasa as a module, anything else is Rasa itself.
    static RasaInstallation fromPath(const QString &path, Origin origin);
    //! The interpreter named in a script's #! line, if it is Python.
    static QString pythonFromShebang(const QByteArray &firstLine, const QString &pathVariable);
};

//! What `rasa --version` prints (2.8 and 3.6 print the same table:
//! "Rasa Version      :         3.6.21", "Rasa SDK Version  : …", …,
//! after any warnings Python prints first).
struct RasaVersionOutput
{
    QString rasa;
    QString sdk;
    QString python;
    QString pythonPath;

    static Result<RasaVersionOutput> parse(const QByteArray &output);
};

//! Refuses versions other than 2.x and 3.x, saying where that Rasa is and
//! what to install instead.
Status checkSupportedVersion(const RasaInstallation &installation);

} // namespace Coach
