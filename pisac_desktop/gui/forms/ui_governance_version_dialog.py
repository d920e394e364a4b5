# Generated from ui/governance_version_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 6add62d4302fc742fdc8a8146e9f302becbf77950c4483f203f2d2ba29f7e887
# uic: uic 6.11.3
# output-sha256: c90eb70c60c997a3dd90aa03bac16973d1e15e2f2c30c0a19261f2252cb336f6
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'governance_version_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_GovernanceVersionDialog(object):
    def setupUi(self, GovernanceVersionDialog):
        if not GovernanceVersionDialog.objectName():
            GovernanceVersionDialog.setObjectName(u"GovernanceVersionDialog")
        GovernanceVersionDialog.resize(760, 560)
        GovernanceVersionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(GovernanceVersionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(GovernanceVersionDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kindLabel = QLabel(GovernanceVersionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(GovernanceVersionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(GovernanceVersionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(GovernanceVersionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.normLabel = QLabel(GovernanceVersionDialog)
        self.normLabel.setObjectName(u"normLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.normLabel)

        self.normLayout = QHBoxLayout()
        self.normLayout.setObjectName(u"normLayout")
        self.normSearchEdit = QLineEdit(GovernanceVersionDialog)
        self.normSearchEdit.setObjectName(u"normSearchEdit")
        self.normSearchEdit.setClearButtonEnabled(True)

        self.normLayout.addWidget(self.normSearchEdit)

        self.normCombo = QComboBox(GovernanceVersionDialog)
        self.normCombo.setObjectName(u"normCombo")
        self.normCombo.setMinimumContentsLength(34)

        self.normLayout.addWidget(self.normCombo)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.normLayout)

        self.normTextLabel = QLabel(GovernanceVersionDialog)
        self.normTextLabel.setObjectName(u"normTextLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.normTextLabel)

        self.normTextEdit = QLineEdit(GovernanceVersionDialog)
        self.normTextEdit.setObjectName(u"normTextEdit")
        self.normTextEdit.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.normTextEdit)

        self.approvedLabel = QLabel(GovernanceVersionDialog)
        self.approvedLabel.setObjectName(u"approvedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approvedLabel)

        self.approvedEdit = QDateEdit(GovernanceVersionDialog)
        self.approvedEdit.setObjectName(u"approvedEdit")
        self.approvedEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approvedEdit)

        self.fromLabel = QLabel(GovernanceVersionDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(GovernanceVersionDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.untilLabel = QLabel(GovernanceVersionDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilLayout = QHBoxLayout()
        self.untilLayout.setObjectName(u"untilLayout")
        self.untilEdit = QDateEdit(GovernanceVersionDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.untilLayout.addWidget(self.untilEdit)

        self.openEndedCheck = QCheckBox(GovernanceVersionDialog)
        self.openEndedCheck.setObjectName(u"openEndedCheck")

        self.untilLayout.addWidget(self.openEndedCheck)

        self.untilSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.untilLayout.addItem(self.untilSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.untilLayout)

        self.notesLabel = QLabel(GovernanceVersionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(GovernanceVersionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.fileLabel = QLabel(GovernanceVersionDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(GovernanceVersionDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.fileButton = QPushButton(GovernanceVersionDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.fileLayout.addWidget(self.fileButton)

        self.fileClearButton = QPushButton(GovernanceVersionDialog)
        self.fileClearButton.setObjectName(u"fileClearButton")

        self.fileLayout.addWidget(self.fileClearButton)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(GovernanceVersionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(GovernanceVersionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.normLabel.setBuddy(self.normSearchEdit)
        self.normTextLabel.setBuddy(self.normTextEdit)
        self.approvedLabel.setBuddy(self.approvedEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.untilLabel.setBuddy(self.untilEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.fileLabel.setBuddy(self.fileButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.normSearchEdit)
        QWidget.setTabOrder(self.normSearchEdit, self.normCombo)
        QWidget.setTabOrder(self.normCombo, self.normTextEdit)
        QWidget.setTabOrder(self.normTextEdit, self.approvedEdit)
        QWidget.setTabOrder(self.approvedEdit, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.openEndedCheck)
        QWidget.setTabOrder(self.openEndedCheck, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.fileClearButton)
        QWidget.setTabOrder(self.fileClearButton, self.buttonBox)

        self.retranslateUi(GovernanceVersionDialog)
    # setupUi

    def retranslateUi(self, GovernanceVersionDialog):
        GovernanceVersionDialog.setWindowTitle(QCoreApplication.translate("GovernanceVersionDialog", u"Registrar una versi\u00f3n de un instrumento de gesti\u00f3n", None))
        self.headingLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"&Instrumento:", None))
        self.titleLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"&Nombre de la versi\u00f3n:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("GovernanceVersionDialog", u"Por ejemplo: ROF 2024", None))
        self.normLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"Aprobado por (&registro):", None))
        self.normSearchEdit.setPlaceholderText(QCoreApplication.translate("GovernanceVersionDialog", u"Palabras o n\u00famero de la norma, y Enter", None))
#if QT_CONFIG(accessibility)
        self.normCombo.setAccessibleName(QCoreApplication.translate("GovernanceVersionDialog", u"Norma que lo aprob\u00f3", None))
#endif // QT_CONFIG(accessibility)
        self.normTextLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"o por (&texto):", None))
        self.normTextEdit.setPlaceholderText(QCoreApplication.translate("GovernanceVersionDialog", u"Si la norma es anterior al sistema: Ordenanza Municipal N\u00b0 012-2015-MDP/CM", None))
        self.approvedLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"&Fecha de aprobaci\u00f3n:", None))
        self.approvedEdit.setDisplayFormat(QCoreApplication.translate("GovernanceVersionDialog", u"dd/MM/yyyy", None))
        self.fromLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"Rige &desde:", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("GovernanceVersionDialog", u"dd/MM/yyyy", None))
        self.untilLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"&Hasta:", None))
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("GovernanceVersionDialog", u"dd/MM/yyyy", None))
        self.openEndedCheck.setText(QCoreApplication.translate("GovernanceVersionDialog", u"Hasta que se apruebe otro", None))
        self.notesLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"N&otas:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("GovernanceVersionDialog", u"Opcional", None))
        self.fileLabel.setText(QCoreApplication.translate("GovernanceVersionDialog", u"&Archivo:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("GovernanceVersionDialog", u"Archivo elegido", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("GovernanceVersionDialog", u"Opcional: el PDF del instrumento", None))
        self.fileButton.setText(QCoreApplication.translate("GovernanceVersionDialog", u"Elegir\u2026", None))
        self.fileClearButton.setText(QCoreApplication.translate("GovernanceVersionDialog", u"Quitar", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("GovernanceVersionDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
