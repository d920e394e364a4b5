# Generated from ui/appeal_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: d125f99ca6ff25b9c88a3b19e64562b2b9f9e5f871643790bfe3507f1f71c30b
# uic: uic 6.11.3
# output-sha256: 678903f5d6f404fce7bf8a8bf532d239aa2cc0e3811460015e4ff3a4ca02e2cc
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_AppealDialog(object):
    def setupUi(self, AppealDialog):
        if not AppealDialog.objectName():
            AppealDialog.setObjectName(u"AppealDialog")
        AppealDialog.resize(760, 620)
        AppealDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AppealDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(AppealDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.documentTypeLabel = QLabel(AppealDialog)
        self.documentTypeLabel.setObjectName(u"documentTypeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentTypeLabel)

        self.documentTypeCombo = QComboBox(AppealDialog)
        self.documentTypeCombo.setObjectName(u"documentTypeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.documentTypeCombo)

        self.documentLabel = QLabel(AppealDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(AppealDialog)
        self.documentEdit.setObjectName(u"documentEdit")
        self.documentEdit.setMaxLength(20)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentEdit)

        self.nameLabel = QLabel(AppealDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AppealDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(250)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(AppealDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(AppealDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(250)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(AppealDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(AppealDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(AppealDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(AppealDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.kindLabel = QLabel(AppealDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AppealDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.actLabel = QLabel(AppealDialog)
        self.actLabel.setObjectName(u"actLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.actLabel)

        self.actCombo = QComboBox(AppealDialog)
        self.actCombo.setObjectName(u"actCombo")
        self.actCombo.setEditable(True)
        self.actCombo.setInsertPolicy(QComboBox.NoInsert)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.actCombo)

        self.knownDateLabel = QLabel(AppealDialog)
        self.knownDateLabel.setObjectName(u"knownDateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.knownDateLabel)

        self.knownDateCheck = QCheckBox(AppealDialog)
        self.knownDateCheck.setObjectName(u"knownDateCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.knownDateCheck)

        self.notifiedLabel = QLabel(AppealDialog)
        self.notifiedLabel.setObjectName(u"notifiedLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notifiedLabel)

        self.notifiedEdit = QDateEdit(AppealDialog)
        self.notifiedEdit.setObjectName(u"notifiedEdit")
        self.notifiedEdit.setCalendarPopup(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notifiedEdit)

        self.subjectLabel = QLabel(AppealDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(AppealDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.foliosLabel = QLabel(AppealDialog)
        self.foliosLabel.setObjectName(u"foliosLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.foliosLabel)

        self.foliosSpin = QSpinBox(AppealDialog)
        self.foliosSpin.setObjectName(u"foliosSpin")
        self.foliosSpin.setMinimum(1)
        self.foliosSpin.setMaximum(9999)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.foliosSpin)


        self.dialogLayout.addLayout(self.form)

        self.noticeLabel = QLabel(AppealDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noticeLabel)

        self.messageLabel = QLabel(AppealDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AppealDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.documentTypeLabel.setBuddy(self.documentTypeCombo)
        self.documentLabel.setBuddy(self.documentEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.actLabel.setBuddy(self.actCombo)
        self.knownDateLabel.setBuddy(self.knownDateCheck)
        self.notifiedLabel.setBuddy(self.notifiedEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.foliosLabel.setBuddy(self.foliosSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentTypeCombo, self.documentEdit)
        QWidget.setTabOrder(self.documentEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.actCombo)
        QWidget.setTabOrder(self.actCombo, self.knownDateCheck)
        QWidget.setTabOrder(self.knownDateCheck, self.notifiedEdit)
        QWidget.setTabOrder(self.notifiedEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.foliosSpin)
        QWidget.setTabOrder(self.foliosSpin, self.buttonBox)

        self.retranslateUi(AppealDialog)
    # setupUi

    def retranslateUi(self, AppealDialog):
        AppealDialog.setWindowTitle(QCoreApplication.translate("AppealDialog", u"Registrar recurso administrativo", None))
        self.headingLabel.setText("")
        self.documentTypeLabel.setText(QCoreApplication.translate("AppealDialog", u"&Documento:", None))
        self.documentLabel.setText(QCoreApplication.translate("AppealDialog", u"N&\u00famero:", None))
        self.nameLabel.setText(QCoreApplication.translate("AppealDialog", u"&Nombre o raz\u00f3n social:", None))
        self.addressLabel.setText(QCoreApplication.translate("AppealDialog", u"Do&micilio:", None))
        self.phoneLabel.setText(QCoreApplication.translate("AppealDialog", u"&Tel\u00e9fono:", None))
        self.emailLabel.setText(QCoreApplication.translate("AppealDialog", u"Co&rreo:", None))
        self.kindLabel.setText(QCoreApplication.translate("AppealDialog", u"&Recurso:", None))
        self.actLabel.setText(QCoreApplication.translate("AppealDialog", u"&Acto impugnado:", None))
        self.knownDateLabel.setText(QCoreApplication.translate("AppealDialog", u"Fecha de notificaci\u00f3n:", None))
        self.knownDateCheck.setText(QCoreApplication.translate("AppealDialog", u"Seg\u00fan la copia del recurrente (si el sistema no la tiene)", None))
        self.notifiedLabel.setText(QCoreApplication.translate("AppealDialog", u"&Notificado el:", None))
        self.notifiedEdit.setDisplayFormat(QCoreApplication.translate("AppealDialog", u"dd/MM/yyyy", None))
        self.subjectLabel.setText(QCoreApplication.translate("AppealDialog", u"&Sumilla:", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("AppealDialog", u"Vac\u00edo: \u00abRecurso de \u2026 contra la \u2026\u00bb; en la reconsideraci\u00f3n, la nueva prueba", None))
        self.foliosLabel.setText(QCoreApplication.translate("AppealDialog", u"&Folios:", None))
        self.noticeLabel.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("AppealDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
