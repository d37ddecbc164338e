#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Coach {

//! The languages Rasa Coach ships and how the one in use is chosen. An
//! explicit override (the --lang option or RASA_COACH_LANG, for tests and
//! support) wins, then the Language setting, then the system locale. The
//! compiled translations are embedded under :/i18n, so an installed app needs
//! no .qm files next to it; Qt's own translations come from the system.
class Translations final
{
public:
    struct Language
    {
        QString code; //!< "en", "de", "es"
        QString nativeName; //!< the language's name in itself (never translated)
    };

    //! English first, then every embedded translation.
    static QList<Language> available();
    //! The language to use: `override`, else `setting`, else the first
    //! supported language of `system`'s UI languages, else English. Unknown
    //! codes are skipped.
    static QString choose(const QString &override, const QString &setting,
                          const QLocale &system = QLocale::system());
    //! Replaces the translators installed by an earlier call with those for
    //! `code` ("en" installs none). False when `code`'s translation is missing.
    static bool install(const QString &code);
    //! The code passed to the last successful install(), "en" before.
    static QString current();
    //! The embedded file for `code`, e.g. ":/i18n/rasa-coach_de.qm".
    static QString resourcePath(const QString &code);

private:
    static bool isSupported(const QString &code);
};

} // namespace Coach
