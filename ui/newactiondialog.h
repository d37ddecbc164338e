#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Coach {

//! Asks for the name of a new action and, for `utter_` names, the text of
//! its response (spec §5.6.1 step 5). Warns when the name is already taken
//! by the domain or the session, and refuses empty names or texts.
class NewActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewActionDialog)

public:
    enum class Kind { Action, Response };

    explicit NewActionDialog(Kind kind, const QStringList &existingNames,
                             QWidget *parent = nullptr);
    ~NewActionDialog() override;

    void setName(const QString &name);
    QString name() const;
    QString responseText() const;
    bool isResponse() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QString warningText() const;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validate();

    QStringList m_existing;
    QLineEdit *m_name = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_warning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Coach
