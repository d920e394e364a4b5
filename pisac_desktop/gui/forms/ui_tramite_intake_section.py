# Generated from ui/tramite_intake_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 0a679bcef60ab7e9f55ea7792a4c3aca641c687d221e526383c49ae2014c5ddc
# uic: uic 6.11.3
# output-sha256: 37328445d1a70862668cceccf86e99222d88c57ff7f83c1ea88022711d5cbeee
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_intake_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_TramiteIntakeSection(object):
    def setupUi(self, TramiteIntakeSection):
        if not TramiteIntakeSection.objectName():
            TramiteIntakeSection.setObjectName(u"TramiteIntakeSection")
        TramiteIntakeSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(TramiteIntakeSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(TramiteIntakeSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(TramiteIntakeSection)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.hintLabel)

        self.splitter = QSplitter(TramiteIntakeSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.NoFrame)
        self.formPanel = QWidget()
        self.formPanel.setObjectName(u"formPanel")
        self.formPanelLayout = QVBoxLayout(self.formPanel)
        self.formPanelLayout.setObjectName(u"formPanelLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.filerLabel = QLabel(self.formPanel)
        self.filerLabel.setObjectName(u"filerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.filerLabel)

        self.filerLayout = QHBoxLayout()
        self.filerLayout.setObjectName(u"filerLayout")
        self.filerKindCombo = QComboBox(self.formPanel)
        self.filerKindCombo.setObjectName(u"filerKindCombo")

        self.filerLayout.addWidget(self.filerKindCombo)

        self.documentTypeCombo = QComboBox(self.formPanel)
        self.documentTypeCombo.setObjectName(u"documentTypeCombo")

        self.filerLayout.addWidget(self.documentTypeCombo)

        self.documentEdit = QLineEdit(self.formPanel)
        self.documentEdit.setObjectName(u"documentEdit")
        self.documentEdit.setMaxLength(11)

        self.filerLayout.addWidget(self.documentEdit)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.filerLayout)

        self.nameLabel = QLabel(self.formPanel)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.formPanel)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(250)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(self.formPanel)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.formPanel)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(250)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.formPanel)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.contactLayout = QHBoxLayout()
        self.contactLayout.setObjectName(u"contactLayout")
        self.phoneEdit = QLineEdit(self.formPanel)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.contactLayout.addWidget(self.phoneEdit)

        self.emailLabel = QLabel(self.formPanel)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactLayout.addWidget(self.emailLabel)

        self.emailEdit = QLineEdit(self.formPanel)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.contactLayout.addWidget(self.emailEdit)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.contactLayout)

        self.kindLabel = QLabel(self.formPanel)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.documentLayout = QHBoxLayout()
        self.documentLayout.setObjectName(u"documentLayout")
        self.kindCombo = QComboBox(self.formPanel)
        self.kindCombo.setObjectName(u"kindCombo")

        self.documentLayout.addWidget(self.kindCombo)

        self.foliosLabel = QLabel(self.formPanel)
        self.foliosLabel.setObjectName(u"foliosLabel")

        self.documentLayout.addWidget(self.foliosLabel)

        self.foliosSpin = QSpinBox(self.formPanel)
        self.foliosSpin.setObjectName(u"foliosSpin")
        self.foliosSpin.setMinimum(1)
        self.foliosSpin.setMaximum(9999)

        self.documentLayout.addWidget(self.foliosSpin)

        self.annexLabel = QLabel(self.formPanel)
        self.annexLabel.setObjectName(u"annexLabel")

        self.documentLayout.addWidget(self.annexLabel)

        self.annexEdit = QLineEdit(self.formPanel)
        self.annexEdit.setObjectName(u"annexEdit")
        self.annexEdit.setMaxLength(500)

        self.documentLayout.addWidget(self.annexEdit)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.documentLayout)

        self.subjectLabel = QLabel(self.formPanel)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(self.formPanel)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setTabChangesFocus(True)
        self.subjectEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.procedureLabel = QLabel(self.formPanel)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.procedureLabel)

        self.procedureCombo = QComboBox(self.formPanel)
        self.procedureCombo.setObjectName(u"procedureCombo")
        self.procedureCombo.setMinimumContentsLength(24)
        self.procedureCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.procedureCombo)

        self.requirementsLabel = QLabel(self.formPanel)
        self.requirementsLabel.setObjectName(u"requirementsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.requirementsLabel)

        self.requirementsBox = QWidget(self.formPanel)
        self.requirementsBox.setObjectName(u"requirementsBox")
        self.requirementsLayout = QVBoxLayout(self.requirementsBox)
        self.requirementsLayout.setSpacing(2)
        self.requirementsLayout.setObjectName(u"requirementsLayout")
        self.requirementsLayout.setContentsMargins(0, 0, 0, 0)
        self.requirementsHint = QLabel(self.requirementsBox)
        self.requirementsHint.setObjectName(u"requirementsHint")
        self.requirementsHint.setWordWrap(True)

        self.requirementsLayout.addWidget(self.requirementsHint)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requirementsBox)

        self.unitLabel = QLabel(self.formPanel)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitLayout = QHBoxLayout()
        self.unitLayout.setObjectName(u"unitLayout")
        self.unitCombo = QComboBox(self.formPanel)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(24)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.unitLayout.addWidget(self.unitCombo)

        self.deadlineLabel = QLabel(self.formPanel)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.unitLayout.addWidget(self.deadlineLabel)

        self.deadlineSpin = QSpinBox(self.formPanel)
        self.deadlineSpin.setObjectName(u"deadlineSpin")
        self.deadlineSpin.setMinimum(0)
        self.deadlineSpin.setMaximum(30)

        self.unitLayout.addWidget(self.deadlineSpin)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.unitLayout)

        self.filesLabel = QLabel(self.formPanel)
        self.filesLabel.setObjectName(u"filesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.filesLabel)

        self.filesLayout = QHBoxLayout()
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesList = QListWidget(self.formPanel)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setMaximumSize(QSize(16777215, 52))

        self.filesLayout.addWidget(self.filesList)

        self.fileButtons = QVBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addFilesButton = QPushButton(self.formPanel)
        self.addFilesButton.setObjectName(u"addFilesButton")
        self.addFilesButton.setAutoDefault(False)

        self.fileButtons.addWidget(self.addFilesButton)

        self.removeFileButton = QPushButton(self.formPanel)
        self.removeFileButton.setObjectName(u"removeFileButton")
        self.removeFileButton.setAutoDefault(False)

        self.fileButtons.addWidget(self.removeFileButton)


        self.filesLayout.addLayout(self.fileButtons)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.filesLayout)


        self.formPanelLayout.addLayout(self.form)

        self.registerLayout = QHBoxLayout()
        self.registerLayout.setObjectName(u"registerLayout")
        self.messageLabel = QLabel(self.formPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.registerLayout.addWidget(self.messageLabel)

        self.clearButton = QPushButton(self.formPanel)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.registerLayout.addWidget(self.clearButton)

        self.registerButton = QPushButton(self.formPanel)
        self.registerButton.setObjectName(u"registerButton")
        self.registerButton.setAutoDefault(False)

        self.registerLayout.addWidget(self.registerButton)


        self.formPanelLayout.addLayout(self.registerLayout)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formPanelLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formPanel)
        self.splitter.addWidget(self.formScroll)
        self.todayGroup = QGroupBox(self.splitter)
        self.todayGroup.setObjectName(u"todayGroup")
        self.todayLayout = QVBoxLayout(self.todayGroup)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayView = QTableView(self.todayGroup)
        self.todayView.setObjectName(u"todayView")
        self.todayView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.todayView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.todayView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.todayView.setAlternatingRowColors(True)
        self.todayView.setTabKeyNavigation(False)

        self.todayLayout.addWidget(self.todayView)

        self.todayStatus = QLabel(self.todayGroup)
        self.todayStatus.setObjectName(u"todayStatus")
        self.todayStatus.setWordWrap(True)

        self.todayLayout.addWidget(self.todayStatus)

        self.splitter.addWidget(self.todayGroup)

        self.sectionLayout.addWidget(self.splitter)

        self.sectionLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.filerLabel.setBuddy(self.filerKindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.foliosLabel.setBuddy(self.foliosSpin)
        self.annexLabel.setBuddy(self.annexEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.procedureLabel.setBuddy(self.procedureCombo)
        self.requirementsLabel.setBuddy(self.requirementsBox)
        self.unitLabel.setBuddy(self.unitCombo)
        self.deadlineLabel.setBuddy(self.deadlineSpin)
        self.filesLabel.setBuddy(self.addFilesButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filerKindCombo, self.documentTypeCombo)
        QWidget.setTabOrder(self.documentTypeCombo, self.documentEdit)
        QWidget.setTabOrder(self.documentEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.foliosSpin)
        QWidget.setTabOrder(self.foliosSpin, self.annexEdit)
        QWidget.setTabOrder(self.annexEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.procedureCombo)
        QWidget.setTabOrder(self.procedureCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.deadlineSpin)
        QWidget.setTabOrder(self.deadlineSpin, self.addFilesButton)
        QWidget.setTabOrder(self.addFilesButton, self.removeFileButton)
        QWidget.setTabOrder(self.removeFileButton, self.filesList)
        QWidget.setTabOrder(self.filesList, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.todayView)

        self.retranslateUi(TramiteIntakeSection)
    # setupUi

    def retranslateUi(self, TramiteIntakeSection):
        self.titleLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"Mesa de Partes", None))
        self.hintLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"Todo documento se recibe y se registra (Ley 27444, art. 136): si le falta un requisito, desmarque la casilla y el expediente queda observado hasta que se subsane. Ctrl+Intro registra.", None))
        self.filerLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"&Presenta:", None))
#if QT_CONFIG(accessibility)
        self.documentTypeCombo.setAccessibleName(QCoreApplication.translate("TramiteIntakeSection", u"Tipo de documento de quien presenta", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documentEdit.setAccessibleName(QCoreApplication.translate("TramiteIntakeSection", u"N\u00famero de documento de quien presenta", None))
#endif // QT_CONFIG(accessibility)
        self.documentEdit.setPlaceholderText(QCoreApplication.translate("TramiteIntakeSection", u"N\u00b0 de documento", None))
        self.nameLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"&Nombre:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("TramiteIntakeSection", u"Nombres y apellidos o raz\u00f3n social", None))
        self.addressLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"Do&micilio:", None))
        self.addressEdit.setPlaceholderText("")
        self.phoneLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"&Tel\u00e9fono:", None))
        self.phoneEdit.setPlaceholderText("")
        self.emailLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"C&orreo:", None))
        self.emailEdit.setPlaceholderText("")
        self.kindLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"&Clase:", None))
        self.foliosLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"&Folios:", None))
        self.annexLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"Ane&xos:", None))
        self.annexEdit.setPlaceholderText(QCoreApplication.translate("TramiteIntakeSection", u"p. ej. copia de DNI, plano", None))
        self.subjectLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"&Asunto:", None))
        self.procedureLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"P&rocedimiento:", None))
        self.requirementsLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"Requisitos:", None))
        self.requirementsHint.setText("")
        self.unitLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"&Unidad de destino:", None))
        self.deadlineLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"P&lazo:", None))
        self.deadlineSpin.setSpecialValueText(QCoreApplication.translate("TramiteIntakeSection", u"Sin plazo", None))
        self.deadlineSpin.setSuffix(QCoreApplication.translate("TramiteIntakeSection", u" d\u00edas h\u00e1biles", None))
        self.filesLabel.setText(QCoreApplication.translate("TramiteIntakeSection", u"Archi&vos:", None))
#if QT_CONFIG(accessibility)
        self.filesList.setAccessibleName(QCoreApplication.translate("TramiteIntakeSection", u"Archivos escaneados", None))
#endif // QT_CONFIG(accessibility)
        self.addFilesButton.setText(QCoreApplication.translate("TramiteIntakeSection", u"A\u00f1adir escaneados\u2026", None))
        self.removeFileButton.setText(QCoreApplication.translate("TramiteIntakeSection", u"Quitar", None))
        self.messageLabel.setText("")
        self.clearButton.setText(QCoreApplication.translate("TramiteIntakeSection", u"&Limpiar", None))
        self.registerButton.setText(QCoreApplication.translate("TramiteIntakeSection", u"Re&gistrar (Ctrl+Intro)", None))
        self.todayGroup.setTitle(QCoreApplication.translate("TramiteIntakeSection", u"Registrados hoy", None))
        self.todayView.setProperty(u"emptyText", QCoreApplication.translate("TramiteIntakeSection", u"Hoy a\u00fan no se registr\u00f3 ning\u00fan documento en Mesa de Partes.", None))
        self.todayStatus.setText("")
        pass
    # retranslateUi
