# Generated from ui/council_session_data_tab.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 6b6909849ad3af2a749233aa2630c99abd0bc118bee87f3963cf4e5ad6ce5413
# uic: uic 6.11.3
# output-sha256: 09a8d648b9ba84e32031102e4a63f589aa50c2f879dbff8b7427563cd7645ffc
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_session_data_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_CouncilSessionDataTab(object):
    def setupUi(self, CouncilSessionDataTab):
        if not CouncilSessionDataTab.objectName():
            CouncilSessionDataTab.setObjectName(u"CouncilSessionDataTab")
        CouncilSessionDataTab.resize(700, 520)
        self.tabLayout = QVBoxLayout(CouncilSessionDataTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(4, -1, 4, -1)
        self.formScroll = QScrollArea(CouncilSessionDataTab)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.NoFrame)
        self.formPane = QWidget()
        self.formPane.setObjectName(u"formPane")
        self.formPaneLayout = QVBoxLayout(self.formPane)
        self.formPaneLayout.setObjectName(u"formPaneLayout")
        self.formPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kindComboLabel = QLabel(self.formPane)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(self.formPane)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sessionDateEditLabel = QLabel(self.formPane)
        self.sessionDateEditLabel.setObjectName(u"sessionDateEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sessionDateEditLabel)

        self.whenColumn = QVBoxLayout()
        self.whenColumn.setSpacing(2)
        self.whenColumn.setObjectName(u"whenColumn")
        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.sessionDateEdit = QDateEdit(self.formPane)
        self.sessionDateEdit.setObjectName(u"sessionDateEdit")
        self.sessionDateEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.sessionDateEdit)

        self.startTimeEdit = QTimeEdit(self.formPane)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.whenLayout.addWidget(self.startTimeEdit)

        self.weekdayLabel = QLabel(self.formPane)
        self.weekdayLabel.setObjectName(u"weekdayLabel")

        self.whenLayout.addWidget(self.weekdayLabel)

        self.whenSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.whenColumn.addLayout(self.whenLayout)

        self.dateWarningLabel = QLabel(self.formPane)
        self.dateWarningLabel.setObjectName(u"dateWarningLabel")
        self.dateWarningLabel.setWordWrap(True)

        self.whenColumn.addWidget(self.dateWarningLabel)

        self.numberingLabel = QLabel(self.formPane)
        self.numberingLabel.setObjectName(u"numberingLabel")
        self.numberingLabel.setWordWrap(True)

        self.whenColumn.addWidget(self.numberingLabel)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whenColumn)

        self.placeEditLabel = QLabel(self.formPane)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeEditLabel)

        self.placeEdit = QLineEdit(self.formPane)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.modalityComboLabel = QLabel(self.formPane)
        self.modalityComboLabel.setObjectName(u"modalityComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.modalityComboLabel)

        self.modalityCombo = QComboBox(self.formPane)
        self.modalityCombo.setObjectName(u"modalityCombo")
        self.modalityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.modalityCombo)

        self.convenedByComboLabel = QLabel(self.formPane)
        self.convenedByComboLabel.setObjectName(u"convenedByComboLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.convenedByComboLabel)

        self.convenedByCombo = QComboBox(self.formPane)
        self.convenedByCombo.setObjectName(u"convenedByCombo")
        self.convenedByCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.convenedByCombo)

        self.requestingListLabel = QLabel(self.formPane)
        self.requestingListLabel.setObjectName(u"requestingListLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.requestingListLabel)

        self.requestingList = QListWidget(self.formPane)
        self.requestingList.setObjectName(u"requestingList")
        self.requestingList.setMaximumSize(QSize(16777215, 100))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.requestingList)

        self.documentsPlaceEditLabel = QLabel(self.formPane)
        self.documentsPlaceEditLabel.setObjectName(u"documentsPlaceEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.documentsPlaceEditLabel)

        self.documentsPlaceEdit = QLineEdit(self.formPane)
        self.documentsPlaceEdit.setObjectName(u"documentsPlaceEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.documentsPlaceEdit)

        self.inviteesListLabel = QLabel(self.formPane)
        self.inviteesListLabel.setObjectName(u"inviteesListLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.inviteesListLabel)

        self.inviteesList = QListWidget(self.formPane)
        self.inviteesList.setObjectName(u"inviteesList")
        self.inviteesList.setMaximumSize(QSize(16777215, 100))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.inviteesList)


        self.formPaneLayout.addLayout(self.form)

        self.formSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formPaneLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formPane)

        self.tabLayout.addWidget(self.formScroll)

        self.dataMessageLabel = QLabel(CouncilSessionDataTab)
        self.dataMessageLabel.setObjectName(u"dataMessageLabel")
        self.dataMessageLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.dataMessageLabel)

        self.dataButtonsLayout = QHBoxLayout()
        self.dataButtonsLayout.setObjectName(u"dataButtonsLayout")
        self.lockedLabel = QLabel(CouncilSessionDataTab)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lockedLabel.sizePolicy().hasHeightForWidth())
        self.lockedLabel.setSizePolicy(sizePolicy)

        self.dataButtonsLayout.addWidget(self.lockedLabel)

        self.revertButton = QPushButton(CouncilSessionDataTab)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setAutoDefault(False)

        self.dataButtonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(CouncilSessionDataTab)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.dataButtonsLayout.addWidget(self.saveButton)


        self.tabLayout.addLayout(self.dataButtonsLayout)

        self.tabLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.sessionDateEditLabel.setBuddy(self.sessionDateEdit)
        self.placeEditLabel.setBuddy(self.placeEdit)
        self.modalityComboLabel.setBuddy(self.modalityCombo)
        self.convenedByComboLabel.setBuddy(self.convenedByCombo)
        self.requestingListLabel.setBuddy(self.requestingList)
        self.documentsPlaceEditLabel.setBuddy(self.documentsPlaceEdit)
        self.inviteesListLabel.setBuddy(self.inviteesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.sessionDateEdit)
        QWidget.setTabOrder(self.sessionDateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.modalityCombo)
        QWidget.setTabOrder(self.modalityCombo, self.convenedByCombo)
        QWidget.setTabOrder(self.convenedByCombo, self.requestingList)
        QWidget.setTabOrder(self.requestingList, self.documentsPlaceEdit)
        QWidget.setTabOrder(self.documentsPlaceEdit, self.inviteesList)
        QWidget.setTabOrder(self.inviteesList, self.saveButton)

        self.retranslateUi(CouncilSessionDataTab)
    # setupUi

    def retranslateUi(self, CouncilSessionDataTab):
        self.kindComboLabel.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Tipo:", None))
        self.sessionDateEditLabel.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Fecha y hora:", None))
        self.sessionDateEdit.setDisplayFormat(QCoreApplication.translate("CouncilSessionDataTab", u"dd/MM/yyyy", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("CouncilSessionDataTab", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("CouncilSessionDataTab", u"Hora", None))
#endif // QT_CONFIG(accessibility)
        self.weekdayLabel.setText("")
        self.dateWarningLabel.setStyleSheet(QCoreApplication.translate("CouncilSessionDataTab", u"color: #8a5a00;", None))
        self.dateWarningLabel.setText("")
        self.numberingLabel.setStyleSheet(QCoreApplication.translate("CouncilSessionDataTab", u"color: #555555;", None))
        self.numberingLabel.setText("")
        self.placeEditLabel.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Lugar:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("CouncilSessionDataTab", u"p. ej. Sal\u00f3n de Sesiones del Palacio Municipal", None))
        self.modalityComboLabel.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Modalidad:", None))
        self.convenedByComboLabel.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Convoca:", None))
        self.requestingListLabel.setText(QCoreApplication.translate("CouncilSessionDataTab", u"Regidores que lo &piden:", None))
#if QT_CONFIG(tooltip)
        self.requestingList.setToolTip(QCoreApplication.translate("CouncilSessionDataTab", u"Marque a los regidores que pidieron la sesi\u00f3n extraordinaria (al menos un tercio del n\u00famero legal)", None))
#endif // QT_CONFIG(tooltip)
        self.documentsPlaceEditLabel.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Documentos en:", None))
        self.documentsPlaceEdit.setPlaceholderText(QCoreApplication.translate("CouncilSessionDataTab", u"D\u00f3nde se pueden consultar los documentos de la agenda", None))
        self.inviteesListLabel.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Invitados:", None))
#if QT_CONFIG(tooltip)
        self.inviteesList.setToolTip(QCoreApplication.translate("CouncilSessionDataTab", u"Funcionarios invitados: cada uno recibe su citaci\u00f3n (asisten con voz, sin voto)", None))
#endif // QT_CONFIG(tooltip)
        self.dataMessageLabel.setStyleSheet(QCoreApplication.translate("CouncilSessionDataTab", u"color: #a40000;", None))
        self.dataMessageLabel.setText("")
        self.lockedLabel.setText("")
        self.revertButton.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Deshacer cambios", None))
        self.saveButton.setText(QCoreApplication.translate("CouncilSessionDataTab", u"&Guardar", None))
        pass
    # retranslateUi
