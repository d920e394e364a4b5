# Generated from ui/council_item_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 32bdd809645a0aec6839c4d9f66810c8005d1c1c4cc49395410737e9916226e4
# uic: uic 6.11.3
# output-sha256: 88f58821d66cafa372e109dbf3e074b2f41806d088aedf38f1a051bf63297c15
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_item_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CouncilItemDialog(object):
    def setupUi(self, CouncilItemDialog):
        if not CouncilItemDialog.objectName():
            CouncilItemDialog.setObjectName(u"CouncilItemDialog")
        CouncilItemDialog.resize(640, 520)
        CouncilItemDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilItemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncilItemDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(CouncilItemDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.sectionComboLabel = QLabel(CouncilItemDialog)
        self.sectionComboLabel.setObjectName(u"sectionComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionComboLabel)

        self.sectionCombo = QComboBox(CouncilItemDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.titleEditLabel = QLabel(CouncilItemDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(1)
        self.titleBox.setObjectName(u"titleBox")
        self.titleEdit = QPlainTextEdit(CouncilItemDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setTabChangesFocus(True)
        self.titleEdit.setMaximumSize(QSize(16777215, 80))

        self.titleBox.addWidget(self.titleEdit)

        self.titleCounter = QLabel(CouncilItemDialog)
        self.titleCounter.setObjectName(u"titleCounter")
        self.titleCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.titleBox.addWidget(self.titleCounter)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.titleBox)

        self.detailEditLabel = QLabel(CouncilItemDialog)
        self.detailEditLabel.setObjectName(u"detailEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.detailEditLabel)

        self.detailBox = QVBoxLayout()
        self.detailBox.setSpacing(1)
        self.detailBox.setObjectName(u"detailBox")
        self.detailEdit = QPlainTextEdit(CouncilItemDialog)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setTabChangesFocus(True)
        self.detailEdit.setMaximumSize(QSize(16777215, 80))

        self.detailBox.addWidget(self.detailEdit)

        self.detailCounter = QLabel(CouncilItemDialog)
        self.detailCounter.setObjectName(u"detailCounter")
        self.detailCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.detailBox.addWidget(self.detailCounter)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.detailBox)

        self.majorityComboLabel = QLabel(CouncilItemDialog)
        self.majorityComboLabel.setObjectName(u"majorityComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.majorityComboLabel)

        self.majorityCombo = QComboBox(CouncilItemDialog)
        self.majorityCombo.setObjectName(u"majorityCombo")
        self.majorityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.majorityCombo)

        self.committeeReportEditLabel = QLabel(CouncilItemDialog)
        self.committeeReportEditLabel.setObjectName(u"committeeReportEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.committeeReportEditLabel)

        self.committeeReportEdit = QLineEdit(CouncilItemDialog)
        self.committeeReportEdit.setObjectName(u"committeeReportEdit")
        self.committeeReportEdit.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.committeeReportEdit)

        self.technicalReportEditLabel = QLabel(CouncilItemDialog)
        self.technicalReportEditLabel.setObjectName(u"technicalReportEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.technicalReportEditLabel)

        self.technicalReportEdit = QLineEdit(CouncilItemDialog)
        self.technicalReportEdit.setObjectName(u"technicalReportEdit")
        self.technicalReportEdit.setMaxLength(300)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.technicalReportEdit)

        self.legalReportEditLabel = QLabel(CouncilItemDialog)
        self.legalReportEditLabel.setObjectName(u"legalReportEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legalReportEditLabel)

        self.legalReportEdit = QLineEdit(CouncilItemDialog)
        self.legalReportEdit.setObjectName(u"legalReportEdit")
        self.legalReportEdit.setMaxLength(300)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.legalReportEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncilItemDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sectionComboLabel.setBuddy(self.sectionCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.detailEditLabel.setBuddy(self.detailEdit)
        self.majorityComboLabel.setBuddy(self.majorityCombo)
        self.committeeReportEditLabel.setBuddy(self.committeeReportEdit)
        self.technicalReportEditLabel.setBuddy(self.technicalReportEdit)
        self.legalReportEditLabel.setBuddy(self.legalReportEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.detailEdit)
        QWidget.setTabOrder(self.detailEdit, self.majorityCombo)
        QWidget.setTabOrder(self.majorityCombo, self.committeeReportEdit)
        QWidget.setTabOrder(self.committeeReportEdit, self.technicalReportEdit)
        QWidget.setTabOrder(self.technicalReportEdit, self.legalReportEdit)

        self.retranslateUi(CouncilItemDialog)
    # setupUi

    def retranslateUi(self, CouncilItemDialog):
        CouncilItemDialog.setWindowTitle(QCoreApplication.translate("CouncilItemDialog", u"Punto de agenda", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"Cada punto se trata en su estaci\u00f3n: Despacho, Informes, Pedidos y Orden del D\u00eda. Solo se votan los de la Orden del D\u00eda.", None))
        self.sectionComboLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"&Estaci\u00f3n:", None))
        self.titleEditLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"&Asunto:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CouncilItemDialog", u"p. ej. Aprobar el Plan de Desarrollo Local Concertado 2027-2030", None))
        self.titleCounter.setStyleSheet(QCoreApplication.translate("CouncilItemDialog", u"color: #555;", None))
        self.titleCounter.setText("")
        self.detailEditLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"&Detalle:", None))
        self.detailEdit.setPlaceholderText(QCoreApplication.translate("CouncilItemDialog", u"Antecedentes y documentos de sustento (opcional)", None))
        self.detailCounter.setStyleSheet(QCoreApplication.translate("CouncilItemDialog", u"color: #555;", None))
        self.detailCounter.setText("")
        self.majorityComboLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"&Mayor\u00eda requerida:", None))
        self.committeeReportEditLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"Dictame&n de la comisi\u00f3n:", None))
        self.committeeReportEdit.setPlaceholderText(QCoreApplication.translate("CouncilItemDialog", u"p. ej. Dictamen N\u00b0 003-2026-CPP/MDP de la Comisi\u00f3n de Planeamiento y Presupuesto", None))
#if QT_CONFIG(tooltip)
        self.committeeReportEdit.setToolTip(QCoreApplication.translate("CouncilItemDialog", u"Se cita en el VISTO del acuerdo, resoluci\u00f3n u ordenanza que se genere del punto (opcional)", None))
#endif // QT_CONFIG(tooltip)
        self.technicalReportEditLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"Informe &t\u00e9cnico:", None))
        self.technicalReportEdit.setPlaceholderText(QCoreApplication.translate("CouncilItemDialog", u"p. ej. Informe N\u00b0 120-2026-SGIDU/MDP", None))
#if QT_CONFIG(tooltip)
        self.technicalReportEdit.setToolTip(QCoreApplication.translate("CouncilItemDialog", u"Se cita en el VISTO del acuerdo, resoluci\u00f3n u ordenanza que se genere del punto (opcional)", None))
#endif // QT_CONFIG(tooltip)
        self.legalReportEditLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"Informe &legal:", None))
        self.legalReportEdit.setPlaceholderText(QCoreApplication.translate("CouncilItemDialog", u"p. ej. Informe Legal N\u00b0 045-2026-OAJ/MDP", None))
#if QT_CONFIG(tooltip)
        self.legalReportEdit.setToolTip(QCoreApplication.translate("CouncilItemDialog", u"Se cita en el VISTO del acuerdo, resoluci\u00f3n u ordenanza que se genere del punto (opcional)", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilItemDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
